#pragma once

#include "io/objectpresenter.h"
#include "io/recordformatter.h"
#include "nameresolver.h"
#include "sync/writepath.h"

#include <QString>

#include <memory>

namespace ipam::ctl {

// The global options, given before the command.
struct GlobalOptions
{
    QString database;  // --db: file path or postgresql:// URL; empty: IPAM_DB or the default
    QString principal; // --as; empty: the OS user
    OutputFormat format = OutputFormat::Table;
};

// One run of ipamctl: the store it opened, the acting principal, and how it prints. Commands
// parse their arguments first and open the store only then, so a usage error never touches
// (or creates) a database.
class Invocation
{
public:
    explicit Invocation(GlobalOptions options);
    ~Invocation();

    OutputFormat format() const { return m_options.format; }

    // Opens and migrates the store; on failure prints why and returns false (exit Refused).
    bool open();
    Store &store() { return m_writePath->store(); }
    WritePath &writePath() { return *m_writePath; }
    NameResolver &names() { return *m_names; }
    ObjectPresenter &presenter() { return *m_presenter; }

    // Submits through the write path; on refusal prints the write path's message and returns
    // its exit code (1 refused, 3 denied, 4 conflict).
    int submit(const ChangeSet &changes, WriteResult *result = nullptr);

    // Prints objects of one kind: every property in JSON and CSV; for people (table) the
    // properties IPAM's Format-Table shows, percentages rounded to two decimals.
    void printRecords(ObjectKind kind, const RecordTable &table);
    template<typename T>
    void printObjects(const QList<T> &objects)
    {
        printRecords(T::kind, presenter().table(objects));
    }
    // The objects of one kind among a write's results.
    template<typename T>
    void printWritten(const WriteResult &result)
    {
        QList<T> objects;
        for (const AnyObject &object : result.objects) {
            if (const T *typed = std::get_if<T>(&object))
                objects.append(*typed);
        }
        printObjects(objects);
    }
    // A table that is not of objects (audit entries, import summaries), as it is.
    void printTable(const RecordTable &table);
    void printStrings(const QStringList &values);
    void printRaw(const QByteArray &bytes);

private:
    GlobalOptions m_options;
    std::unique_ptr<WritePath> m_writePath;
    std::unique_ptr<NameResolver> m_names;
    std::unique_ptr<ObjectPresenter> m_presenter;
};

} // namespace ipam::ctl
