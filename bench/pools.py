"""Word and sentence pools the synthetic postings are drawn from, adapted from the five shipped postings.

Sentences use ``{company}``, ``{team}`` and ``{domain}`` placeholders so that every generated posting reads
like one of the shipped ones, but about a different company and team.
"""

from __future__ import annotations

ROLES: tuple[str, ...] = (
    "Machine Learning Scientist",
    "Machine Learning Engineer",
    "Research Scientist",
    "Research Engineer",
    "Software Engineer",
    "Backend Software Engineer",
    "Frontend Engineer",
    "Full Stack Engineer",
    "Data Scientist",
    "Data Engineer",
    "Applied Scientist",
    "Site Reliability Engineer",
    "Security Engineer",
    "Quantitative Researcher",
    "Product Analyst",
    "Computer Vision Engineer",
    "NLP Engineer",
    "Algorithm Engineer",
    "Infrastructure Engineer",
    "Platform Engineer",
    "iOS Engineer",
    "Android Engineer",
    "Hardware Engineer",
    "Firmware Engineer",
    "Embedded Software Engineer",
    "DevOps Engineer",
    "Analytics Engineer",
    "Business Intelligence Analyst",
    "Product Manager",
    "Technical Program Manager",
    "UX Researcher",
    "Robotics Engineer",
    "Compiler Engineer",
    "Database Engineer",
    "Solutions Architect",
    "Test Automation Engineer",
    "Graphics Engineer",
    "Speech Scientist",
)

# (word in the title, whether it goes before the role, employment type it implies)
LEVELS: tuple[tuple[str, bool, str], ...] = (
    ("Intern", False, "internship"),
    ("Intern", False, "internship"),
    ("Intern", False, "internship"),
    ("Graduate", False, "graduate"),
    ("New Grad", True, "graduate"),
    ("Co-op", False, "internship"),
    ("Junior", True, "full-time"),
    ("Senior", True, "full-time"),
    ("Staff", True, "full-time"),
    ("Principal", True, "full-time"),
    ("Lead", True, "full-time"),
    ("Resident", False, "temporary"),
    ("Contractor", False, "contract"),
    ("Part-Time", True, "part-time"),
    ("", True, "full-time"),
)

DOMAINS: tuple[str, ...] = (
    "Recommendation",
    "Search",
    "Ads Ranking",
    "Trust and Safety",
    "Content Understanding",
    "Computer Vision",
    "Speech",
    "Natural Language Processing",
    "Infrastructure",
    "Data Platform",
    "Payments",
    "Maps",
    "Growth",
    "Privacy",
    "Security",
    "Robotics",
    "Autonomous Driving",
    "Compilers",
    "Databases",
    "Cloud Storage",
    "Networking",
    "Developer Tools",
    "Mobile",
    "Web Platform",
    "Fraud Detection",
    "Forecasting",
    "Supply Chain",
    "Health AI",
    "Large Language Models",
    "Generative AI",
    "Reinforcement Learning",
    "Edge AI",
    "Observability",
    "Kernel",
    "GPU Systems",
    "Quantum Computing",
    "Bioinformatics",
    "Climate Modeling",
    "Risk",
    "Creator Tools",
    "Live Streaming",
    "E-commerce",
    "Music",
    "Gaming",
    "Content Ecology",
    "Large Recommender Models",
)

COMPANY_HEADS: tuple[str, ...] = (
    "Blue",
    "North",
    "Quantum",
    "Silver",
    "Bright",
    "Iron",
    "Cedar",
    "Nova",
    "Atlas",
    "Pixel",
    "Harbor",
    "Summit",
    "Vertex",
    "Lumen",
    "Orbit",
    "Maple",
    "Granite",
    "Copper",
    "Aurora",
    "Falcon",
    "Juniper",
    "Beacon",
    "Cobalt",
    "Meridian",
    "Polar",
    "Redwood",
    "Sable",
    "Tidal",
    "Willow",
    "Zenith",
)
COMPANY_TAILS: tuple[str, ...] = (
    "Labs",
    "Systems",
    "AI",
    "Dynamics",
    "Networks",
    "Robotics",
    "Health",
    "Media",
    "Analytics",
    "Works",
    "Cloud",
    "Bank",
    "Games",
    "Logistics",
    "Energy",
    "Bio",
)
# Real names appear too, as in the shipped postings, so the corpus is not only invented names.
SHIPPED_COMPANIES: tuple[str, ...] = ("TikTok", "ByteDance")

DEGREES: tuple[str, ...] = ("PhD", "PhD", "MS", "BS", "BS/MS", "MS/PhD", "")

SEASONS: tuple[str, ...] = ("Summer", "Fall", "Winter", "Spring")
YEARS: tuple[int, ...] = (2025, 2026, 2026, 2027)

# (display name, country)
LOCATIONS: tuple[tuple[str, str], ...] = (
    ("San Jose, CA", "US"),
    ("Seattle, WA", "US"),
    ("New York, NY", "US"),
    ("Austin, TX", "US"),
    ("Mountain View, CA", "US"),
    ("Boston, MA", "US"),
    ("Chicago, IL", "US"),
    ("Los Angeles, CA", "US"),
    ("San Francisco, CA", "US"),
    ("Denver, CO", "US"),
    ("Atlanta, GA", "US"),
    ("Pittsburgh, PA", "US"),
    ("Bellevue, WA", "US"),
    ("Palo Alto, CA", "US"),
    ("Toronto, ON, Canada", "CA"),
    ("Vancouver, BC, Canada", "CA"),
    ("London, UK", "GB"),
    ("Berlin, Germany", "DE"),
    ("Singapore", "SG"),
    ("Variable (US)", "US"),
)

REMOTE_REGIONS: tuple[str, ...] = ("USA", "the United States", "Canada", "the EU")

SKILLS: tuple[str, ...] = (
    "Python",
    "C++",
    "Java",
    "Go",
    "Rust",
    "Scala",
    "Kotlin",
    "Swift",
    "TypeScript",
    "SQL",
    "Spark",
    "PyTorch",
    "TensorFlow",
    "JAX",
    "Kubernetes",
    "Docker",
    "Terraform",
    "AWS",
    "GCP",
    "Kafka",
    "Flink",
    "CUDA",
    "React",
    "GraphQL",
    "PostgreSQL",
    "Redis",
    "Linux",
    "Airflow",
    "dbt",
    "Tableau",
)

SUMMARIES: tuple[str, ...] = (
    "{company} is seeking a {role} to join the {team} team. The role involves driving the development of "
    "{domain} systems, delivering end-to-end solutions, and collaborating with cross-functional teams.",
    "The {team} team plays a central role in {company}, driving critical product decisions and platform "
    "growth. The team is fast-paced, collaborative and impact-driven.",
    "{company} builds products used by millions of people. Our {team} group is looking for a {role} who is "
    "excited about {domain} at scale.",
    "Join {company}'s {team} organization to research and build {domain} technology that ships to "
    "production and is used every day.",
    "As a {role} on the {team} team at {company}, you will turn research ideas in {domain} into reliable, "
    "scalable services.",
)

RESPONSIBILITIES: tuple[str, ...] = (
    "Drive the development of industry-leading {domain} systems that elevate user experience",
    "Deliver impactful, end-to-end solutions that tackle high-priority product challenges in {domain}",
    "Own and optimize the full-stack pipeline, from algorithm design to system infrastructure",
    "Collaborate with cross-functional teams to craft innovative product strategies",
    "Train and fine-tune deep learning models using PyTorch, TensorFlow or other frameworks",
    "Deploy and scale {domain} services in a distributed computing environment",
    "Analyze complex data to uncover user preferences, behaviors and trends",
    "Design, implement and test features for the {team} platform",
    "Write design documents and review code written by other engineers",
    "Monitor production systems and improve their reliability and latency",
    "Build dashboards and metrics that guide decisions of the {team} team",
    "Research and prototype new approaches to {domain} problems and publish the results",
    "Manage the end-to-end lifecycle of models, from training to deployment and monitoring",
    "Work closely with researchers, engineers and business teams at {company}",
)

MINIMUM_QUALIFICATIONS: tuple[str, ...] = (
    "Strong programming skills in {skill_a}, {skill_b}, or similar languages",
    "Solid understanding of data structures and algorithm design",
    "Hands-on experience with deep learning frameworks such as TensorFlow or PyTorch",
    "Experience in one or more areas of {domain}, machine learning, or distributed systems",
    "Good knowledge of theoretical and empirical research in addressing research problems",
    "Excellent analytical and problem-solving skills",
    "Experience with {skill_a} and {skill_b} in a production environment",
    "Able to commit to working for {weeks} weeks during {season} {year}",
)

PREFERRED_QUALIFICATIONS: tuple[str, ...] = (
    "Publications in top-tier venues such as NeurIPS, ICML, ICLR, CVPR, ACL or KDD",
    "Experience building large-scale {domain} systems that handle vast, diverse datasets",
    "Internship experience in an AI research organization",
    "Contributions to open-source projects",
    "Familiarity with {skill_a} and cloud platforms",
    "Experience with distributed computing and optimizing models for real-world applications",
)

DEGREE_LINES: dict[str, tuple[str, ...]] = {
    "PhD": (
        "Currently pursuing a PhD in Computer Science, Machine Learning, or a related field",
        "PhD degree or equivalent with a background in computer science or statistics",
    ),
    "MS": (
        "Currently pursuing a Master's degree in computer science, machine learning, or similar fields",
        "MS in Computer Science, Electrical Engineering, or a related technical field",
    ),
    "BS": (
        "Bachelor's degree in Computer Science or a related technical field",
        "Currently pursuing a BS in Computer Science, Computer Engineering, or a related field",
    ),
    "BS/MS": ("Currently pursuing a Bachelor's or Master's degree in Computer Science or a related field",),
    "MS/PhD": ("Currently pursuing an MS or PhD in Computer Science, Statistics, or a related field",),
    "": ("Equivalent practical experience in software development",),
}

# (category word for the check, line as written)
BENEFITS: tuple[str, ...] = (
    "Day one access to health insurance",
    "Health insurance",
    "Dental insurance",
    "Vision insurance",
    "Life insurance",
    "Wellbeing benefits",
    "10 paid holidays per year",
    "12 paid holidays per year",
    "Paid sick time (56 hours if hired in first half of year, 40 if hired in second half of year)",
    "Housing allowance",
    "401(k) with company matching",
    "Short-term and long-term disability",
    "Fitness subsidies",
    "20 days of paid time off",
    "Parental leave of 16 weeks",
    "Learning and development budget",
    "Free meals and snacks in the office",
    "Company equity and performance bonus",
    "Commuter benefits",
)

INDUSTRY_TAGS: tuple[str, ...] = (
    "Content CreatorsContent DiscoveryMedia and EntertainmentSocial MediaVideo",
    "Artificial IntelligenceMachine LearningSoftware",
    "FinTechFinancial ServicesPayments",
    "Health CareBiotechnology",
    "Developer ToolsCloud ComputingSaaS",
)
