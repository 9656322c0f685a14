-- One database per service that keeps state (services never share tables: DESIGN.md §2). The same list as
-- SERVICE_DB in ./shelfwise; run once by postgres:16 on an empty data directory (docker-compose.yml) and by the
-- local Kubernetes overlay's PostgreSQL. On a managed PostgreSQL, run it yourself (deploy/README.md).
CREATE DATABASE shelfwise_metrics;
CREATE DATABASE shelfwise_matrix;
CREATE DATABASE shelfwise_clearance;
