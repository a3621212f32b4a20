package ringscope.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The connection of a {@link CaseStore#readSnapshot()} as its readers borrow it: every call goes to the one
 * connection, except {@code close()}, which does nothing (readers close what they get from {@code connect()} in
 * try-with-resources; the snapshot's own {@code close()} ends the transaction), and {@code commit()} or
 * {@code setAutoCommit}, which would end the snapshot and are refused.
 */
final class ReadSnapshotConnection implements InvocationHandler {
    private final Connection target;

    private ReadSnapshotConnection(Connection target) {
        this.target = target;
    }

    static Connection borrowed(Connection target) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                new ReadSnapshotConnection(target));
    }

    /** Ends the snapshot: rolls back (nothing was written) and closes the connection. */
    static void end(Connection target) {
        try {
            target.rollback();
        } catch (SQLException ignored) {
            // a broken connection has no transaction left to end; closing it below is all that remains
        }
        try {
            target.close();
        } catch (SQLException ignored) {
            // already closed or broken: nothing left to release
        }
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
            case "close":
                return null;
            case "commit", "setAutoCommit", "rollback", "setTransactionIsolation":
                throw new SQLException(method.getName() + " on a read snapshot's connection: the snapshot is one"
                        + " read transaction, ended by closing the snapshot");
            default:
                break;
        }
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
