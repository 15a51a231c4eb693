# The dashboard in a container: the same install as a hosting service (requirements.txt),
# the bundled corpus processed on the first visit into a store on a volume.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    COMMITMENT_TRACKER_STORE=/data/store.duckdb

WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY analysis/ analysis/
COPY pages/ pages/
COPY seeds/ seeds/
COPY .streamlit/ .streamlit/
COPY dashboard.py pyproject.toml ./

RUN useradd --create-home appuser && mkdir -p /data && chown appuser /data
USER appuser
VOLUME ["/data"]
EXPOSE 8501
HEALTHCHECK CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health')"
CMD ["streamlit", "run", "dashboard.py", "--server.address=0.0.0.0", "--server.port=8501", "--server.headless=true"]
