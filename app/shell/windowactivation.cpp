// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/windowactivation.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QWidget>

#include <unistd.h>

namespace rls {
namespace {
const QByteArray request = "show\n";
const QByteArray answer = "shown\n";
} // namespace

QString WindowActivation::socketName(const QString &diaryPath)
{
    const QString canonical = QFileInfo(diaryPath).canonicalFilePath();
    const QByteArray key = QByteArray::number(::getuid()) + '\0'
        + (canonical.isEmpty() ? QFileInfo(diaryPath).absoluteFilePath() : canonical).toUtf8();
    return QStringLiteral("rls-diary-%1")
        .arg(QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24)));
}

WindowActivation::WindowActivation(const QString &diaryPath, QWidget *window)
    : QObject(window)
    , m_server(new QLocalServer(this))
{
    const QString name = socketName(diaryPath);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // A socket file left by a window that was killed would block the name; the diary's lock
    // (held by now) proves no other window listens on it.
    QLocalServer::removeServer(name);
    if (!m_server->listen(name))
        return;
    connect(m_server, &QLocalServer::newConnection, this, [this, window] {
        while (QLocalSocket *client = m_server->nextPendingConnection()) {
            connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
            connect(client, &QLocalSocket::readyRead, this, [this, client, window] {
                if (!client->readAll().startsWith(request.trimmed()))
                    return;
                window->setWindowState((window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
                window->show();
                window->raise();
                window->activateWindow();
                client->write(answer);
                client->flush();
                emit shown();
            });
        }
    });
}

WindowActivation::~WindowActivation() = default;

bool WindowActivation::askRunningWindowToShow(const QString &diaryPath, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(socketName(diaryPath));
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(request);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    return socket.waitForReadyRead(timeoutMs) && socket.readAll().startsWith(answer.trimmed());
}

} // namespace rls
