#pragma once

#include "store/store.h"

#include <QHash>

#include <optional>

namespace ipam {

// The object with `id` from `cache`, read from `store` on first use; a miss is cached too,
// so a parent that does not exist costs one read per run. Null for id 0 or a missing object.
// Shared by the write path's parent look-ups and the presenters of ipamctl's output, which
// both read the same few parents for many rows.
template<typename T>
const T *cachedObject(QHash<ObjectId, std::optional<T>> &cache, Store &store, ObjectId id)
{
    if (id == 0)
        return nullptr;
    auto it = cache.find(id);
    if (it == cache.end())
        it = cache.insert(id, store.get<T>(id));
    return it.value() ? &*it.value() : nullptr;
}

} // namespace ipam
