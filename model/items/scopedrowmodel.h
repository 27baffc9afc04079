#pragma once

#include "items/objectrowmodel.h"
#include "items/scopedload.h"

#include <QSet>
#include <QTimer>

#include <functional>
#include <optional>

namespace ipam {

class Store;

// An ObjectRowModel that can hold either the whole table (reset(), for small stores and the
// tests) or, once setLoadPerScope() gave it a store, only the scope the result pane shows:
// scopeTo() (the proxy's filter) resets it to the scope's first page, and the view asks for
// more as the admin scrolls (canFetchMore / fetchMore, a page per call, see ScopedLoad).
// Live changes go through apply() as before; holds() keeps out the rows a page has not
// reached yet (that page reads them) and the rows outside the scope.
template<typename Object, typename RowData>
class ScopedRowModel : public ObjectRowModel<Object, RowData>
{
    using Base = ObjectRowModel<Object, RowData>;

public:
    // Rows per page and the time reading one may take: a screenful is ~50 rows, and a turn of
    // the event loop (the read, then the proxy and the view taking the rows in) should stay
    // well under 100 ms. The first page, read inside the reset of a filter change, is smaller:
    // it only has to fill the screen, and the view asks for the next at once.
    static constexpr qsizetype pageRows = 5000;
    static constexpr qsizetype firstPageRows = 1000;
    static constexpr std::chrono::milliseconds pageBudget{25};
    using Screen = std::function<void(QList<Object> *)>;

    ScopedRowModel(ObjectKind kind, const SubnetTable &subnets, const NetworkDirectory &directory,
                   QObject *parent)
        : Base(parent)
        , m_load(kind, subnets, directory)
    { }

    // Null: whole loads through reset() (the default).
    void setLoadPerScope(Store *store)
    {
        m_store = store;
        m_wanted.reset();
        m_load.stop();
    }
    bool loadsPerScope() const { return m_store != nullptr; }
    // Rows per page (tests page a small fixture through many pages).
    void setPageRows(qsizetype rows) { m_pageRows = qMax<qsizetype>(1, rows); }
    // Drops what the acting principal may not see from each page (ConsoleModels).
    void setScreen(Screen screen) { m_screen = std::move(screen); }
    // While suspended (the subnets are still streaming in) a scope is remembered, not read;
    // after resuming, reloadScope() reads it.
    void setSuspended(bool suspended)
    {
        if (!m_store || suspended == m_suspended)
            return;
        m_suspended = suspended;
        if (suspended) {
            ++m_generation;
            m_pending = false;
            this->beginResetModel();
            this->clearRows();
            m_load.stop();
            this->resetCaches();
            this->endResetModel();
        }
    }
    const ScopedLoad &scopedLoad() const { return m_load; }

    void scopeTo(const ResultFilter &filter) override
    {
        if (!m_store)
            return;
        const ResultFilter scope = ScopedLoad::scopeOf(filter);
        if (m_wanted && *m_wanted == scope)
            return;
        m_wanted = scope;
        if (!m_suspended)
            reloadScope();
    }

    // Reads the scope again from its first page (a reload, a change of what lies in scope).
    void reloadScope()
    {
        if (!m_store || m_suspended)
            return;
        ++m_generation;
        m_pending = false;
        m_revealed.clear();
        this->beginResetModel();
        this->clearRows();
        if (m_wanted) {
            m_load.start(*m_wanted);
            for (const Object &object : readPage(qMin(m_pageRows, firstPageRows)))
                this->appendRow(object);
        } else {
            m_load.stop();
        }
        this->resetCaches();
        this->endResetModel();
        retryIfEmpty();
    }

    // Shows one object of the scope now, though no page has reached it yet (the console going
    // to an object: global search, a link): it is appended, and the page that reaches it
    // later skips it. False when the object lies outside the scope.
    bool reveal(const Object &object)
    {
        if (!m_store)
            return this->rowOf(object.id) >= 0;
        if (!m_load.inScope(locationOf(object)))
            return false;
        if (this->rowOf(object.id) < 0) {
            m_revealed.insert(object.id);
            this->apply({object}, {});
        }
        return this->rowOf(object.id) >= 0;
    }

    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && m_store && !m_suspended && !m_pending && !m_load.atEnd();
    }
    // Reads the next page on the next turn of the event loop, not inside this call: views and
    // model testers ask from inside their handling of another insertion (rowsInserted of a
    // proxy above), where inserting again would nest two changes. Until the page is in,
    // canFetchMore() is false, so nobody asks twice.
    void fetchMore(const QModelIndex &parent) override
    {
        if (!canFetchMore(parent))
            return;
        m_pending = true;
        QTimer::singleShot(0, this, [this, generation = m_generation] {
            if (generation != m_generation)
                return;
            m_pending = false;
            if (!m_store || m_suspended || m_load.atEnd())
                return;
            this->insertBatch(readPage(m_pageRows));
            retryIfEmpty();
        });
    }

protected:
    virtual ChildLocation locationOf(const Object &object) const = 0;
    bool holds(const Object &object) const override
    {
        if (!m_store)
            return true;
        const ChildLocation location = locationOf(object);
        return m_load.covers(location)
                || (m_revealed.contains(object.id) && m_load.inScope(location));
    }

private:
    QList<Object> readPage(qsizetype rows)
    {
        QList<Object> page = m_load.template next<Object>(*m_store, rows, pageBudget);
        m_lastPageRows = page.size();
        if (m_screen)
            m_screen(&page);
        return page;
    }
    // A page that found nothing within its budget (a scope of sparse subnets) adds no rows, so
    // no view would ask again: ask on the next turn, until rows come or the walk ends.
    void retryIfEmpty()
    {
        if (m_lastPageRows == 0)
            fetchMore({});
    }

    ScopedLoad m_load;
    Store *m_store = nullptr;
    Screen m_screen;
    std::optional<ResultFilter> m_wanted;
    bool m_suspended = false;
    bool m_pending = false;    // a page is to be read on the next turn
    QSet<ObjectId> m_revealed; // shown ahead of the pages (reveal())
    quint64 m_generation = 0;
    qsizetype m_lastPageRows = 0;
    qsizetype m_pageRows = pageRows;
};

} // namespace ipam
