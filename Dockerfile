# jobbot: the Discord bot, with the shipped postings and configuration.
# Build: docker build -t jobbot .
# Run:   docker run --rm -e DISCORD_TOKEN=... -v jobbot-data:/data jobbot
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    JOBBOT_DB_PATH=/data/jobbot.db \
    JOBBOT_KNOWLEDGE_DIR=/app/knowledge \
    JOBBOT_CONFIG_FILE=/app/config/default.toml

RUN useradd --create-home --uid 10001 jobbot \
    && mkdir -p /data && chown jobbot:jobbot /data

WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
RUN pip install .
COPY knowledge ./knowledge
COPY config ./config

USER jobbot
VOLUME ["/data"]

# Healthy while the running bot keeps its heartbeat (/data/jobbot.heartbeat, refreshed every 30 s while
# connected to Discord) under two minutes old; start-up with many postings to load may take a while.
HEALTHCHECK --interval=60s --timeout=10s --start-period=120s --retries=3 \
    CMD ["jobbot", "health"]

CMD ["jobbot", "run"]
