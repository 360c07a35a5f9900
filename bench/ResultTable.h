#pragma once

// The benchmark's output: a plain-text table, measured against the targets of the issue.

#include <optional>
#include <string>
#include <vector>

namespace pr::bench {

class ResultTable {
public:
    explicit ResultTable(std::string title);

    // A row with a target: MEASURED must lie in [LOW, HIGH] (either may be absent).
    void addChecked(const std::string& what, double measured, const std::string& unit,
                    std::optional<double> low, std::optional<double> high);
    // A row for information only (a breakdown, a size).
    void addInfo(const std::string& what, double measured, const std::string& unit);

    bool anyMissed() const;
    void print() const;

private:
    struct Row {
        std::string what;
        std::string measured;
        std::string target;
        std::string verdict;
    };

    std::string m_title;
    std::vector<Row> m_rows;
    bool m_missed = false;
};

} // namespace pr::bench
