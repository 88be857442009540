"""The measured stages; each runs in its own subprocess so memory figures of one size never mix."""
