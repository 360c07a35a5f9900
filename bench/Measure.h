#pragma once

// Timing, memory and process helpers of the benchmark.

#include <chrono>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace pr::bench {

// Milliseconds since construction, on the monotonic clock.
class Stopwatch {
public:
    double elapsedMs() const
    {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - m_start)
            .count();
    }

private:
    std::chrono::steady_clock::time_point m_start = std::chrono::steady_clock::now();
};

// Milliseconds one call of WORK takes.
double timeMs(const std::function<void()>& work);

// The median of SAMPLES (the mean of the middle two for an even count). The median rather
// than the mean, so that one run disturbed by another process does not move the figure.
double median(std::vector<double> samples);

// Runs WORK RUNS times and returns the median of the times.
double medianMs(int runs, const std::function<void()>& work);

// The peak resident set of this process so far (VmHWM of /proc/self/status), in bytes.
double peakResidentBytes();

// The load average over 1 and 5 minutes, "0.42 (1 min), 0.51 (5 min)"; "unknown" without
// /proc/loadavg. Figures taken while other processes compete for the two cores mean little:
// the load goes into the output so that a reader can tell.
std::string loadAverage();

// Named figures, as a child process hands them back to the parent.
using Figures = std::map<std::string, double>;

// Runs WORK in a forked child and returns its figures. A process of its own gives each
// scenario its own VmHWM (peak memory is not reset within a process) and a clean heap.
// Throws std::runtime_error when the child fails.
Figures runInChild(const std::function<Figures()>& work);

} // namespace pr::bench
