// Validates rendered Kubernetes objects against the JSON schemas of their kinds.
//
// Usage: node validate.mjs <objects.json>   (a JSON array of objects)
// Prints one JSON line per object: {"index", "kind", "name", "error"}; error is null when the
// object is valid. The schemas come from the kubernetes-models packages (Kubernetes OpenAPI
// and the Strimzi, CloudNativePG and KEDA CRDs, compiled to validators); a kind without a
// schema here is reported as an error, never skipped.
//
// The schemas, like the API server's, leave unknown fields open, so a misspelt optional field
// (`readinesProbe`) would pass. The validator therefore runs over a tracking proxy of the
// object: a field is unknown when the validator looked into its object but never at it. An
// object whose schema keeps unknown fields on purpose (Kafka's `config`) is never looked into,
// so its free-form keys are not reported.
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
  const visits = [];
  try {
    model.prototype.validate.call(track(new model(object), "", visits));
  } catch (e) {
    return e.message;
  }
  const unknown = unknownFields(visits);
  return unknown.length === 0 ? null : `unknown fields: ${unknown.join(", ")}`;
}

// Wraps an object so that every property the validator reads is recorded, per object.
function track(value, path, visits) {
  if (value === null || typeof value !== "object") return value;
  const visit = { path, value, looked: false, enumerated: false, read: new Set() };
  visits.push(visit);
  const children = new Map();
  return new Proxy(value, {
    get(target, key, receiver) {
      const child = Reflect.get(target, key, receiver);
      if (typeof key !== "string") return child;
      visit.looked = true;
      visit.read.add(key);
      if (child === null || typeof child !== "object") return child;
      if (!children.has(key)) children.set(key, track(child, `${path}/${key}`, visits));
      return children.get(key);
    },
    has(target, key) {
      visit.looked = true;
      return Reflect.has(target, key);
    },
    ownKeys(target) {
      visit.looked = true;
      visit.enumerated = true;
      return Reflect.ownKeys(target);
    },
  });
}

function unknownFields(visits) {
  const unknown = [];
  for (const visit of visits) {
    if (!visit.looked || visit.enumerated || Array.isArray(visit.value)) continue;
    for (const key of Object.keys(visit.value)) {
      if (!visit.read.has(key)) unknown.push(`${visit.path}/${key}`);
    }
  }
  return unknown;
}

const objects = JSON.parse(readFileSync(process.argv[2], "utf8"));
for (const [index, object] of objects.entries()) {
  const error = await check(object);
  const name = object?.metadata?.name ?? null;
  console.log(JSON.stringify({ index, kind: object?.kind ?? null, name, error }));
}
