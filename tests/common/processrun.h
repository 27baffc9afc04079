#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace ipam::test {

// One run of a program to its end, as a script sees it: what the tests of ipamctl, the VMM
// sync command and live updates assert on.
struct ProcessRun
{
    int exitCode = -1; // -1: did not start or timed out (err says which); -2: crashed
    QByteArray out;
    QByteArray err;

    QJsonArray json() const;   // stdout as a JSON array (ipamctl's --format json lists)
    QJsonObject first() const; // its first record
    QString describe() const;  // for failure messages: exit code, stderr, start of stdout
};

// Runs `program` with stdin closed (so it never prompts), in `environment` (this process's
// when empty), and kills it after `timeoutMs`: a hung child fails its test instead of the suite.
ProcessRun runToEnd(const QString &program, const QStringList &arguments,
                    const QProcessEnvironment &environment = {}, int timeoutMs = 60000);

} // namespace ipam::test
