#include "processrun.h"

#include <QJsonDocument>
#include <QProcess>

namespace ipam::test {

QJsonArray ProcessRun::json() const
{
    return QJsonDocument::fromJson(out).array();
}

QJsonObject ProcessRun::first() const
{
    return json().at(0).toObject();
}

QString ProcessRun::describe() const
{
    return QStringLiteral("exit %1; stderr: %2; stdout: %3")
            .arg(exitCode)
            .arg(QString::fromUtf8(err), QString::fromUtf8(out.left(2000)));
}

ProcessRun runToEnd(const QString &program, const QStringList &arguments,
                    const QProcessEnvironment &environment, int timeoutMs)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.start();
    ProcessRun run;
    if (!process.waitForStarted(timeoutMs)) {
        run.err = process.errorString().toUtf8();
        return run;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        run.err = "timed out: " + arguments.join(QLatin1Char(' ')).toUtf8();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace ipam::test
