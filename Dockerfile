# Havre in a container: slim Python, CPU-only torch, non-root user, SQLite on a volume.
# Build:  docker build -t havre .
# Run:    docker run -d --name havre -e HAVRE_TOKEN=... -e HAVRE_PSEUDONYM_SECRET=... \
#                    -e HAVRE_MASTER_KEY=... -v havre-data:/data havre
# Model:  docker run --rm -v havre-data:/data havre python -m bot model prepare
#         (once: downloads Detoxify into the volume and exports it to ONNX; the bot then starts without
#         loading torch. Without it, the first start does the same, without a progress bar.)
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    HAVRE_DATA_DIR=/data \
    HAVRE_LOG_FORMAT=json

RUN useradd --create-home --uid 10001 havre && mkdir -p /data && chown havre:havre /data

# CPU torch first (from PyTorch's CPU wheel index) so Detoxify does not pull CUDA packages.
RUN pip install --index-url https://download.pytorch.org/whl/cpu "torch==2.13.0"
# Then every other dependency from the lock: exact versions, each checked against its sha256 hash.
WORKDIR /src
COPY requirements.lock ./
RUN pip install --require-hashes -r requirements.lock
# Policies, migrations and texts ship inside the package (importlib.resources): the installed wheel works
# from any directory, so the sources are removed once installed and nothing shadows site-packages.
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY cogs ./cogs
COPY emulator ./emulator
RUN pip install --no-deps . && rm -rf /src
WORKDIR /data

USER havre
VOLUME ["/data"]
# The bot touches /data/heartbeat while its gateway connection is healthy.
HEALTHCHECK --interval=60s --timeout=10s --start-period=120s --retries=3 \
    CMD ["python", "-m", "bot", "health"]
CMD ["python", "-m", "bot", "run"]
