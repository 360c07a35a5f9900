#include "ResultTable.h"

#include <algorithm>
#include <cstdio>
#include <sstream>

namespace pr::bench {

namespace {
std::string format(double value, const std::string& unit)
{
    std::ostringstream out;
    out.setf(std::ios::fixed);
    // Three significant figures are all a benchmark on a shared machine can claim.
    out.precision(value >= 100 ? 0 : value >= 10 ? 1 : 2);
    out << value << ' ' << unit;
    return out.str();
}

std::string padded(const std::string& text, std::size_t width)
{
    return text + std::string(width > text.size() ? width - text.size() : 0, ' ');
}
} // namespace

ResultTable::ResultTable(std::string title)
    : m_title(std::move(title))
{}

void ResultTable::addChecked(const std::string& what, double measured, const std::string& unit,
                             std::optional<double> low, std::optional<double> high)
{
    std::string target;
    if (low && high) {
        target = format(*low, unit) + " - " + format(*high, unit);
    } else if (high) {
        target = "< " + format(*high, unit);
    } else if (low) {
        target = "> " + format(*low, unit);
    }
    const bool met = (!low || measured >= *low) && (!high || measured <= *high);
    m_missed = m_missed || !met;
    m_rows.push_back({what, format(measured, unit), target, met ? "ok" : "MISSED"});
}

void ResultTable::addInfo(const std::string& what, double measured, const std::string& unit)
{
    m_rows.push_back({what, format(measured, unit), "", ""});
}

bool ResultTable::anyMissed() const
{
    return m_missed;
}

void ResultTable::print() const
{
    const Row header{"measure", "measured", "target", "result"};
    std::size_t widths[4] = {header.what.size(), header.measured.size(), header.target.size(),
                             header.verdict.size()};
    for (const Row& row : m_rows) {
        widths[0] = std::max(widths[0], row.what.size());
        widths[1] = std::max(widths[1], row.measured.size());
        widths[2] = std::max(widths[2], row.target.size());
        widths[3] = std::max(widths[3], row.verdict.size());
    }
    const auto printRow = [&widths](const Row& row) {
        std::printf("| %s | %s | %s | %s |\n", padded(row.what, widths[0]).c_str(),
                    padded(row.measured, widths[1]).c_str(), padded(row.target, widths[2]).c_str(),
                    padded(row.verdict, widths[3]).c_str());
    };
    std::printf("\n%s\n\n", m_title.c_str());
    printRow(header);
    std::printf("|%s|%s|%s|%s|\n", std::string(widths[0] + 2, '-').c_str(),
                std::string(widths[1] + 2, '-').c_str(), std::string(widths[2] + 2, '-').c_str(),
                std::string(widths[3] + 2, '-').c_str());
    for (const Row& row : m_rows) {
        printRow(row);
    }
}

} // namespace pr::bench
