#!/usr/bin/env python3
"""Writes a compose project with N services (bench/loader.sh): a realistic mix of short and long
syntaxes, interpolation, dependencies, networks, volumes and healthchecks."""
import os
import sys


def service(i: int, count: int) -> str:
    lines = [
        f"  svc{i}:",
        f"    image: \"${{REGISTRY:-docker.io}}/team/app{i % 50}:${{TAG:-1.{i % 7}}}\"",
        f"    command: [\"serve\", \"--port\", \"{8000 + i % 1000}\"]",
        "    restart: unless-stopped",
        "    ports:",
        f"      - \"{10000 + i}:{80 + i % 10}\"",
        f"      - \"127.0.0.1:{40000 + i}:9090/udp\"",
        "    volumes:",
        f"      - ./data/svc{i}:/data",
        f"      - shared{i % 10}:/shared:ro",
        "    environment:",
        f"      SERVICE_NAME: svc{i}",
        f"      INDEX: \"{i}\"",
        "      LOG_LEVEL: ${LOG_LEVEL:-info}",
        "    labels:",
        f"      - com.example.index={i}",
        "      - com.example.tier=backend",
        "    networks: [front, back]",
        "    healthcheck:",
        f"      test: curl -f http://localhost:{80 + i % 10}/health || exit 1",
        "      interval: 30s",
        "      retries: 3",
    ]
    if i > 0:
        lines += ["    depends_on:", f"      svc{i - 1}:", "        condition: service_started"]
    return "\n".join(lines)


def main() -> None:
    count, path = int(sys.argv[1]), sys.argv[2]
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    parts = ["name: bench", "services:"]
    parts += [service(i, count) for i in range(count)]
    parts += ["networks:", "  front: {}", "  back: {driver: bridge}", "volumes:"]
    parts += [f"  shared{i}: {{}}" for i in range(10)]
    with open(path, "w") as out:
        out.write("\n".join(parts) + "\n")


if __name__ == "__main__":
    main()
