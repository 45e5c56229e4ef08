package org.microcred.core.jsonld;

import com.apicatalog.jsonld.context.cache.Cache;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A thread-safe Titanium cache with a size cap (entries beyond the cap are not kept). Titanium's
 * default context cache is a plain LRU map, unsafe to share between threads; Microcred replaces
 * it (and adds a document cache) with this. Keys are context URLs, which only the
 * {@link ContextRegistry} can satisfy, so the cap is never reached in practice.
 *
 * @param <V> the cached value type
 */
final class ConcurrentCache<V> implements Cache<String, V> {

    private final Map<String, V> map = new ConcurrentHashMap<>();
    private final int capacity;

    ConcurrentCache(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public boolean containsKey(String key) {
        return map.containsKey(key);
    }

    @Override
    public V get(String key) {
        return map.get(key);
    }

    @Override
    public void put(String key, V value) {
        if (map.size() < capacity || map.containsKey(key)) {
            map.put(key, value);
        }
    }
}
