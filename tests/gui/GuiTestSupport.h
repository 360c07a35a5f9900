#pragma once

// Helpers of the main-window tests: the demo register in a folder of its own, the demo's day
// as a fixed clock, and access to what the window shows (its message boxes, its pages).

#include "core/json/RegisterDocument.h"
#include "core/settings/AppSettings.h"
#include "core/time/Clock.h"
#include "gui/MainWindow.h"
#include "storage/Register.h"
#include "storage/audit/AuditContext.h"
#include "storage/transfer/RegisterTransfer.h"
#include "support/TestRegister.h"
#include "usecases/register/RegisterCreation.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

#include <functional>
#include <memory>

namespace pr::test {

// Saturday 21 November 2026, 09:00: the day the demo register is written for. On that day it
// has two requests overdue and two due within the week (tests/core/json/DemoRegisterTest).
inline QDateTime demoNow()
{
    return QDateTime(QDate(2026, 11, 21), QTime(9, 0));
}

// The demo register of resources/demo/, imported into a new register file in FOLDER (a
// temporary one unless given: tests run in parallel).
class DemoRegister {
public:
    explicit DemoRegister(const QString& folder = {})
        : m_folder(folder.isEmpty() ? m_temporary.path() : folder)
        , m_path(QDir(m_folder).filePath(QStringLiteral("voorbeeld-it.prreg")))
    {
        if (!folder.isEmpty()) {
            QDir(m_folder).removeRecursively();
            QDir().mkpath(m_folder);
        }
        QFile source(QStringLiteral(PR_SOURCE_DIR "/resources/demo/demo-register.json"));
        REQUIRE(source.open(QIODevice::ReadOnly));
        core::json::RegisterDocument document;
        QList<core::json::JsonIssue> issues;
        REQUIRE(core::json::parseRegisterDocument(source.readAll(), document, issues));
        auto reg = storage::Register::create(m_path, password(), document.organisation.legalName,
                                             fastOptions());
        const core::FixedClock clock(demoNow());
        reg->write([&](storage::SqliteDatabase& db) {
            const storage::AuditContext audit{clock, QStringLiteral("eigenaar")};
            storage::RegisterTransfer::importDocument(db, audit, document);
            // As `init --demo` makes it: the signed agreements keep what they say.
            usecases::RegisterCreation::keepSignedContent(db, audit);
        });
    }
    ~DemoRegister()
    {
        if (m_temporary.path() != m_folder) {
            QDir(m_folder).removeRecursively();
        }
    }
    DemoRegister(const DemoRegister&) = delete;
    DemoRegister& operator=(const DemoRegister&) = delete;

    const QString& path() const { return m_path; }
    const QString& folder() const { return m_folder; }

    std::unique_ptr<storage::Register>
    open(storage::OpenMode mode = storage::OpenMode::ReadWrite) const
    {
        return storage::Register::open(m_path, password(), mode, fastOptions());
    }

private:
    QTemporaryDir m_temporary;
    QString m_folder;
    QString m_path;
};

// A main window on the demo register at the demo's moment, shown and active; closed (and so
// deleted, with its register) at the end of the test.
class DemoWindow {
public:
    // PREPARE, when given, changes the demo register before the window opens it.
    explicit DemoWindow(storage::OpenMode mode = storage::OpenMode::ReadWrite,
                        const std::function<void(storage::Register&)>& prepare = {})
        : m_window(openWindow(mode, prepare))
    {
        m_window->resize(1100, 700);
        m_window->show();
        m_window->activateWindow();
        REQUIRE(QTest::qWaitForWindowExposed(m_window.data()));
    }
    ~DemoWindow()
    {
        // Deleted now, not later as close() would: the register's lock file must go before
        // its temporary folder does.
        delete m_window.data();
    }
    DemoWindow(const DemoWindow&) = delete;
    DemoWindow& operator=(const DemoWindow&) = delete;

    gui::MainWindow& operator*() const { return *m_window; }
    gui::MainWindow* operator->() const { return m_window.data(); }
    const DemoRegister& demo() const { return m_demo; }
    core::FixedClock& clock() { return m_clock; }
    // The window's settings, in the test's own folder: never the user's.
    core::AppSettings& settings() { return m_settings; }

private:
    gui::MainWindow* openWindow(storage::OpenMode mode,
                                const std::function<void(storage::Register&)>& prepare)
    {
        if (prepare) {
            prepare(*m_demo.open());
        }
        return new gui::MainWindow(m_demo.open(mode), m_clock, m_settings);
    }

    DemoRegister m_demo;
    core::FixedClock m_clock{demoNow()};
    core::AppSettings m_settings{QDir(m_demo.folder()).filePath(QStringLiteral("settings.ini"))};
    QPointer<gui::MainWindow> m_window;
};

// Types TEXT into WIDGET key by key, also characters QTest::keyClicks cannot (it knows ASCII
// only): those arrive as a key event that carries the character.
inline void type(QWidget* widget, const QString& text)
{
    for (const QChar character : text) {
        if (character.unicode() < 0x80) {
            QTest::keyClick(widget, character.toLatin1());
        } else {
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(character),
                                Qt::NoModifier);
        }
    }
}

// Presses KEY as a keyboard does: through WIDGET's window, which hands it to an open popup or
// else to the focus widget, from where it goes on to the parents that leave it unhandled.
// (QTest's QWidget overloads send it to that one widget only.)
inline void pressKey(const QWidget* widget, Qt::Key key,
                     Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    REQUIRE(widget != nullptr);
    QTest::keyClick(widget->window()->windowHandle(), key, modifiers);
}

// Types TEXT as a keyboard does, as pressKey presses a key; characters beyond ASCII arrive as
// a key event that carries the character, as with type().
inline void typeKeys(const QWidget* widget, const QString& text)
{
    REQUIRE(widget != nullptr);
    QWindow* window = widget->window()->windowHandle();
    for (const QChar character : text) {
        if (character.unicode() < 0x80) {
            QTest::keyClick(window, character.toLatin1());
        } else {
            QTest::sendKeyEvent(QTest::Click, window, Qt::Key_unknown, QString(character),
                                Qt::NoModifier);
        }
    }
}

// The message box the window has open, or nullptr.
inline QMessageBox* openMessage(const QWidget& window)
{
    for (QMessageBox* box : window.findChildren<QMessageBox*>()) {
        if (box->isVisible()) {
            return box;
        }
    }
    return nullptr;
}

// Clicks the button of BOX with ROLE and waits until the box is gone.
inline void answer(QMessageBox* box, QMessageBox::ButtonRole role)
{
    REQUIRE(box != nullptr);
    QAbstractButton* chosen = nullptr;
    for (QAbstractButton* button : box->buttons()) {
        if (box->buttonRole(button) == role) {
            chosen = button;
        }
    }
    REQUIRE(chosen != nullptr);
    const QPointer<QMessageBox> watched(box);
    QWidget* window = box->parentWidget() != nullptr ? box->parentWidget()->window() : nullptr;
    chosen->click();
    REQUIRE(QTest::qWaitFor([&] { return watched.isNull(); }));
    // A window manager gives the focus back to the window; the offscreen platform does not.
    if (window != nullptr) {
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window));
    }
}

} // namespace pr::test
