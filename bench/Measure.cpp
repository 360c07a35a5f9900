#include "Measure.h"

#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <unistd.h>

namespace pr::bench {

double timeMs(const std::function<void()>& work)
{
    const Stopwatch watch;
    work();
    return watch.elapsedMs();
}

double median(std::vector<double> samples)
{
    if (samples.empty()) {
        return 0;
    }
    std::sort(samples.begin(), samples.end());
    const std::size_t middle = samples.size() / 2;
    return samples.size() % 2 == 1 ? samples[middle] : (samples[middle - 1] + samples[middle]) / 2;
}

double medianMs(int runs, const std::function<void()>& work)
{
    std::vector<double> samples;
    for (int run = 0; run < runs; ++run) {
        samples.push_back(timeMs(work));
    }
    return median(std::move(samples));
}

double peakResidentBytes()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmHWM:", 0) == 0) {
            std::istringstream fields(line.substr(6));
            double kiB = 0;
            fields >> kiB;
            return kiB * 1024;
        }
    }
    return 0;
}

namespace {
void writeAll(int fd, const std::string& text)
{
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t written = ::write(fd, text.data() + done, text.size() - done);
        if (written <= 0) {
            return;
        }
        done += static_cast<std::size_t>(written);
    }
}

std::string readAll(int fd)
{
    std::string text;
    char buffer[4096];
    ssize_t got = 0;
    while ((got = ::read(fd, buffer, sizeof buffer)) > 0) {
        text.append(buffer, static_cast<std::size_t>(got));
    }
    return text;
}
} // namespace

Figures runInChild(const std::function<Figures()>& work)
{
    int fds[2];
    if (::pipe(fds) != 0) {
        throw std::runtime_error("pipe() failed");
    }
    std::fflush(nullptr); // or the child would print the parent's buffered output again
    const pid_t child = ::fork();
    if (child < 0) {
        throw std::runtime_error("fork() failed");
    }
    if (child == 0) {
        ::close(fds[0]);
        int code = 0;
        try {
            std::ostringstream out;
            out.precision(17);
            for (const auto& [name, value] : work()) {
                out << name << ' ' << value << '\n';
            }
            writeAll(fds[1], out.str());
        } catch (const std::exception& error) {
            std::fprintf(stderr, "bench_register: %s\n", error.what());
            code = 1;
        }
        // _exit: the child must not run the parent's atexit handlers and static destructors.
        std::fflush(nullptr);
        ::_exit(code);
    }
    ::close(fds[1]);
    const std::string text = readAll(fds[0]);
    ::close(fds[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        throw std::runtime_error("a benchmark child process failed");
    }
    Figures figures;
    std::istringstream lines(text);
    std::string name;
    double value = 0;
    while (lines >> name >> value) {
        figures[name] = value;
    }
    return figures;
}

std::string loadAverage()
{
    std::ifstream loadavg("/proc/loadavg");
    std::string one;
    std::string five;
    if (!(loadavg >> one >> five)) {
        return "unknown";
    }
    return one + " (1 min), " + five + " (5 min)";
}

} // namespace pr::bench
