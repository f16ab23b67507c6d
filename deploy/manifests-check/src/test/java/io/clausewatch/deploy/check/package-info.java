/**
 * Offline checks of everything under {@code deploy/}: the Kustomize overlays are rendered with the
 * pinned kubectl, every rendered object is validated against the schema of its kind, and policies
 * and the contract with the services (environment variables, ports, topics) are checked over the
 * rendered output, the Compose file and the Dockerfile. The services' own configuration is read at
 * test time, so a renamed property fails this build.
 */
package io.clausewatch.deploy.check;
