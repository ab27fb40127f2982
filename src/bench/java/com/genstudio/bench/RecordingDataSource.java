package com.genstudio.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Wraps a data source and remembers each prepared statement the store executes with its bound parameters, so the
 * report can EXPLAIN exactly the SQL the repositories run instead of a copy of it that could drift.
 */
final class RecordingDataSource {
    record Executed(String sql, List<Object> params) {}

    private final DataSource target;
    private final List<Executed> executed = new ArrayList<>();

    RecordingDataSource(DataSource target) {
        this.target = target;
    }

    DataSource dataSource() {
        return proxy(DataSource.class, (p, m, a) -> {
            Object result = invoke(target, m, a);
            return m.getName().equals("getConnection") ? connection((Connection) result) : result;
        });
    }

    /** What ran since the last call, then forgets it. */
    List<Executed> drain() {
        List<Executed> copy = List.copyOf(executed);
        executed.clear();
        return copy;
    }

    private Connection connection(Connection c) {
        return proxy(Connection.class, (p, m, a) -> {
            Object result = invoke(c, m, a);
            if (m.getName().equals("prepareStatement") && a != null && a[0] instanceof String sql) {
                return statement((PreparedStatement) result, sql);
            }
            return result;
        });
    }

    private PreparedStatement statement(PreparedStatement ps, String sql) {
        Map<Integer, Object> params = new TreeMap<>();
        return proxy(PreparedStatement.class, (p, m, a) -> {
            if (m.getName().startsWith("set") && a != null && a.length == 2 && a[0] instanceof Integer i) {
                params.put(i, a[1]);
            }
            if (m.getName().startsWith("execute")) {
                executed.add(new Executed(sql, new ArrayList<>(params.values())));
            }
            return invoke(ps, m, a);
        });
    }

    private static Object invoke(Object target, Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(RecordingDataSource.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
