# Builds and runs the registry. For a production-like start use docker-compose.yml, which adds PostgreSQL.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY contracts contracts
COPY migrations migrations
COPY registry-app registry-app
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --home-dir /app tabien
WORKDIR /app
COPY --from=build /src/registry-app/target/registry-app.jar /app/registry-app.jar
# The audit signing key and the heads file live here, on a volume of their own (docker-compose.yml).
RUN mkdir -p /app/data && chown tabien /app/data
USER tabien
EXPOSE 8080
ENV AXONIQ_UPDATE_CHECKER_DISABLED=true
ENTRYPOINT ["java", "-Daxoniq.update-checker.disabled=true", "-jar", "/app/registry-app.jar"]
