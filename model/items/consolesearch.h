#pragma once

#include "search/globalsearch.h"

#include <QObject>
#include <QString>

namespace ipam {

class ConsoleModels;
class SearchResultModel;

// Global search for one console: runs GlobalSearch on the console's store as its principal
// sees it (on SQLite the visible scopes of ConsoleAccess become the query's condition; on
// PostgreSQL row-level security already hides the rest), fills a SearchResultModel, and runs
// the query again after every change the console applies (its own edits, and other consoles'
// arriving through the live change feed), so the results stay true while the dialog is open.
class ConsoleSearch : public QObject
{
    Q_OBJECT
public:
    ConsoleSearch(ConsoleModels &models, SearchResultModel &results, QObject *parent = nullptr);

    // Runs the query now (an empty text clears the results); false when it could not run
    // (error() says why: the text, or the database).
    bool search(const QString &text);
    const QString &text() const { return m_text; }
    const QString &error() const { return m_error; }
    const SearchResults &results() const { return m_results; }
    double lastMs() const { return m_lastMs; }

Q_SIGNALS:
    void finished();

private:
    void rerun();

    ConsoleModels &m_models;
    SearchResultModel &m_model;
    QString m_text;
    QString m_error;
    SearchResults m_results;
    double m_lastMs = 0;
};

} // namespace ipam
