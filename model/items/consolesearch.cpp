#include "consolesearch.h"

#include "items/consolemodels.h"
#include "items/networkdirectory.h"
#include "items/searchresultmodel.h"
#include "store/accesscontroltables.h"
#include "store/store.h"

#include <QElapsedTimer>

namespace ipam {

ConsoleSearch::ConsoleSearch(ConsoleModels &models, SearchResultModel &results, QObject *parent)
    : QObject(parent)
    , m_models(models)
    , m_model(results)
{
    connect(&models, &ConsoleModels::changeApplied, this, &ConsoleSearch::rerun);
    connect(&models, &ConsoleModels::accessChanged, this, &ConsoleSearch::rerun);
}

bool ConsoleSearch::search(const QString &text)
{
    m_text = text;
    m_error.clear();
    QElapsedTimer timer;
    timer.start();
    const SearchText query = SearchText::parse(text);
    if (query.isEmpty()) {
        m_results = {};
        m_model.clear();
        m_lastMs = 0;
        Q_EMIT finished();
        return true;
    }
    GlobalSearch finder(m_models.store());
    const ConsoleAccess &access = m_models.access();
    if (!access.seesEverything() && !m_models.store().database().isPostgreSql()) {
        QVariantList binds;
        const QString where = AccessControlTables::visibleCondition(access.grants(), &binds);
        finder.setVisibleCondition(where, binds);
    }
    m_results = finder.find(query);
    m_error = m_results.error;
    QHash<ObjectId, QString> spaceNames;
    for (const SearchHit &hit : std::as_const(m_results.hits)) {
        const ObjectId space = hit.spaceId();
        if (space != 0 && !spaceNames.contains(space))
            spaceNames.insert(space, m_models.directory().name(ObjectKind::AddressSpace, space));
    }
    m_model.setResults(m_results, spaceNames);
    m_lastMs = double(timer.nsecsElapsed()) / 1e6;
    Q_EMIT finished();
    return m_error.isEmpty();
}

void ConsoleSearch::rerun()
{
    if (!m_text.trimmed().isEmpty())
        search(m_text);
}

} // namespace ipam
