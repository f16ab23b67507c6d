// Validates rendered Kubernetes objects against the JSON schemas of their kinds.
//
// Usage: node validate.mjs <objects.json>   (a JSON array of objects)
// Prints one JSON line per object: {"index", "kind", "name", "error"}; error is null when the
// object is valid. The schemas come from the kubernetes-models packages (Kubernetes OpenAPI
// and the Strimzi, CloudNativePG and KEDA CRDs, compiled to validators); a kind without a
// schema here is reported as an error, never skipped.
import { readFileSync } from "node:fs";

const packages = {
  "": "kubernetes-models/v1",
  "kafka.strimzi.io": "@kubernetes-models/strimzi-kafka-operator/kafka.strimzi.io",
  "postgresql.cnpg.io": "@kubernetes-models/cloudnative-pg/postgresql.cnpg.io",
  "keda.sh": "@kubernetes-models/keda/keda.sh",
};

function modulePath(apiVersion, kind) {
  const slash = apiVersion.lastIndexOf("/");
  const group = slash < 0 ? "" : apiVersion.slice(0, slash);
  const version = apiVersion.slice(slash + 1);
  if (group === "") return `${packages[""]}/${kind}`;
  const base = packages[group] ?? `kubernetes-models/${group}`;
  return `${base}/${version}/${kind}`;
}

async function check(object) {
  const { apiVersion, kind } = object;
  if (typeof apiVersion !== "string" || typeof kind !== "string") {
    return "apiVersion and kind are required";
  }
  let model;
  try {
    model = (await import(modulePath(apiVersion, kind)))[kind];
  } catch (e) {
    return `no schema for ${apiVersion} ${kind}`;
  }
  if (typeof model !== "function") return `no schema for ${apiVersion} ${kind}`;
  try {
    new model(object).validate();
    return null;
  } catch (e) {
    return e.message;
  }
}

const objects = JSON.parse(readFileSync(process.argv[2], "utf8"));
for (const [index, object] of objects.entries()) {
  const error = await check(object);
  const name = object?.metadata?.name ?? null;
  console.log(JSON.stringify({ index, kind: object?.kind ?? null, name, error }));
}
