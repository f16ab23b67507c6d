package io.clausewatch.gateway.backend;

import io.clausewatch.kit.problem.Problem;
import io.clausewatch.kit.problem.ProblemException;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * Runs one call to an internal service and reads its answer. Whatever keeps the answer from
 * arriving (refused connection, timeout, open circuit, full bulkhead) becomes a 503 problem; a
 * server error becomes a 502 problem; the service's own 4xx problems pass unchanged.
 */
@ApplicationScoped
public class Backends {

    public Reply call(String service, Supplier<Response> call) {
        return read(service, () -> Reply.read(call.get()));
    }

    /** The same for a call whose answer the client buffers whole (see {@code DiffClient}). */
    public Reply await(String service, Supplier<Uni<Response>> call) {
        return read(service, () -> Reply.read(call.get().await().indefinitely()));
    }

    private Reply read(String service, Supplier<Reply> call) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            // A client error the REST client raised instead of returning: the answer is in it.
            return Reply.read(e.getResponse());
        } catch (BackendFailure e) {
            Log.warnf("backend failed service=%s status=%d", service, e.status());
            throw new ProblemException(
                    Problem.of(
                            Response.Status.BAD_GATEWAY,
                            "The " + service + " service could not answer this request."));
        } catch (ProcessingException | FaultToleranceException e) {
            Log.warnf("backend unavailable service=%s cause=%s", service, describe(e));
            throw new BackendUnavailable(service);
        }
    }

    /** Relays the answer of a call to the client as it is. */
    public Response relay(String service, Supplier<Response> call) {
        return call(service, call).toResponse();
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }
}
