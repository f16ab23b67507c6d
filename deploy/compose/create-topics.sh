#!/bin/bash
# Creates Clausewatch's topics on the single Compose broker, with the partitions and retention
# of deploy/kubernetes/base/kafka/topics.yaml (one replica: there is one broker). The build
# checks that this list and the KafkaTopics agree.
set -euo pipefail
bootstrap="${KAFKA_BOOTSTRAP_SERVERS:-kafka:9092}"

create() { # name partitions retention.ms max.message.bytes
  /opt/kafka/bin/kafka-topics.sh --bootstrap-server "$bootstrap" --create --if-not-exists \
    --topic "$1" --partitions "$2" --replication-factor 1 \
    --config "retention.ms=$3" --config "max.message.bytes=$4"
}

create crawl.requests 6 86400000 1048588
create crawl.snapshots 6 604800000 10485760
create crawl.failures 3 604800000 1048588
create documents.changes 6 2592000000 10485760
create alerts.dead-letter 1 7776000000 1048588
