#pragma once

#include <QByteArray>
#include <QWidget>

class QLabel;
class QPushButton;

namespace pr::gui {

// One image of the organisation (logo or signature) in its editor: a small preview, a button
// to choose a PNG or JPEG file and one to remove the image. A file that cannot be used leaves
// the image as it was and says why beside it.
class ImageField : public QWidget {
    Q_OBJECT

public:
    // CHOOSE_TEXT and REMOVE_TEXT label the buttons; WHAT names the image for assistive
    // technology and the file dialog ("logo").
    ImageField(const QString& chooseText, const QString& removeText, const QString& what,
               QWidget* parent = nullptr);

    QByteArray png() const { return m_png; }
    void setPng(const QByteArray& png);
    // Takes the image of PATH (what the file dialog returns); false, with the reason shown,
    // when it cannot be used.
    bool chooseFile(const QString& path);

    QPushButton* chooseButton() const { return m_choose; }
    QPushButton* removeButton() const { return m_remove; }
    QLabel* problemLabel() const { return m_problem; }

Q_SIGNALS:
    void changed();

private:
    void askForFile();
    void showPreview();

    QString m_what;
    QByteArray m_png;
    QLabel* m_preview;
    QPushButton* m_choose;
    QPushButton* m_remove;
    QLabel* m_problem;
};

} // namespace pr::gui
