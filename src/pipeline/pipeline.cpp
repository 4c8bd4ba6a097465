#include "geokg/pipeline.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

#include "geokg/triples_io.hpp"

namespace geokg {

namespace {

using Clock = std::chrono::steady_clock;

struct Job {
    std::size_t seq;
    Article article;
};

struct Done {
    Article article;
    std::vector<Triple> triples;
    std::size_t sentences = 0;
};

class Progress {
public:
    explicit Progress(bool on) : on_(on && ::isatty(STDERR_FILENO)), start_(Clock::now()) {}
    void update(const PipelineStats& s, bool final = false) {
        if (!on_) return;
        auto now = Clock::now();
        if (!final && now - last_ < std::chrono::milliseconds(250)) return;
        last_ = now;
        double secs = std::chrono::duration<double>(now - start_).count();
        std::fprintf(stderr, "\r[geokg] %zu articles, %.1f MB, %.1f MB/s, %zu triples%s", s.articles,
                     s.bytes / 1e6, secs > 0 ? s.bytes / 1e6 / secs : 0.0, s.triples, final ? "\n" : "   ");
        std::fflush(stderr);
    }

private:
    bool on_;
    Clock::time_point start_, last_{};
};

}  // namespace

PipelineStats extract_all(const std::vector<std::string>& files, const Extractor& extractor,
                          const PipelineOptions& options,
                          const std::function<void(const Article&, std::vector<Triple>&)>& sink) {
    const unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    const std::size_t cap = options.max_in_flight ? options.max_in_flight : 64 * threads;
    PipelineStats stats;
    stats.files = files.size();
    auto t0 = Clock::now();
    Progress progress(options.progress);

    std::mutex mu;
    std::condition_variable cv_jobs, cv_done, cv_room;
    std::deque<Job> jobs;
    std::map<std::size_t, Done> done;
    std::size_t produced = 0, consumed = 0;
    bool reading_finished = false, stop = false;
    std::exception_ptr error;

    auto fail = [&](std::exception_ptr e) {
        std::lock_guard lock(mu);
        if (!error) error = e;
        stop = true;
        cv_jobs.notify_all();
        cv_done.notify_all();
        cv_room.notify_all();
    };

    std::thread reader([&] {
        try {
            for (const auto& f : files) {
                read_articles(f, [&](Article&& a) {
                    std::unique_lock lock(mu);
                    cv_room.wait(lock, [&] { return stop || produced - consumed < cap; });
                    if (stop) throw std::runtime_error("stopped");
                    jobs.push_back({produced++, std::move(a)});
                    cv_jobs.notify_one();
                });
            }
        } catch (...) {
            bool stopped;
            {
                std::lock_guard lock(mu);
                stopped = stop;
            }
            if (!stopped) fail(std::current_exception());
        }
        std::lock_guard lock(mu);
        reading_finished = true;
        cv_jobs.notify_all();
        cv_done.notify_all();
    });

    std::vector<std::thread> workers;
    for (unsigned i = 0; i < threads; ++i) {
        workers.emplace_back([&] {
            for (;;) {
                Job job;
                {
                    std::unique_lock lock(mu);
                    cv_jobs.wait(lock, [&] { return stop || !jobs.empty() || reading_finished; });
                    if (stop || jobs.empty()) return;
                    job = std::move(jobs.front());
                    jobs.pop_front();
                }
                try {
                    clean_article(job.article);
                    ExtractStats xs;
                    auto triples = extractor.extract(job.article, &xs);
                    std::size_t sentences = xs.sentences;
                    std::lock_guard lock(mu);
                    done.emplace(job.seq, Done{std::move(job.article), std::move(triples), sentences});
                    cv_done.notify_all();
                } catch (...) {
                    fail(std::current_exception());
                    return;
                }
            }
        });
    }

    // Consume in input order on this thread.
    try {
        for (;;) {
            std::optional<Done> next;
            {
                std::unique_lock lock(mu);
                cv_done.wait(lock, [&] {
                    return stop || done.count(consumed) || (reading_finished && consumed == produced);
                });
                if (stop) break;
                auto it = done.find(consumed);
                if (it == done.end()) break;  // all read and all consumed
                next.emplace(std::move(it->second));
                done.erase(it);
            }
            stats.articles++;
            stats.bytes += next->article.original.size();
            stats.triples += next->triples.size();
            stats.sentences += next->sentences;
            sink(next->article, next->triples);
            {
                std::lock_guard lock(mu);
                ++consumed;
                cv_room.notify_one();
            }
            progress.update(stats);
        }
    } catch (...) {
        fail(std::current_exception());
    }
    reader.join();
    for (auto& w : workers) w.join();
    if (error) std::rethrow_exception(error);
    stats.seconds = std::chrono::duration<double>(Clock::now() - t0).count();
    progress.update(stats, true);
    return stats;
}

bool is_triples_input(const std::string& path) { return is_triples_file(path); }

Network build_network(const std::vector<std::string>& inputs, const BuildOptions& build,
                      const PipelineOptions& options, const Extractor* extractor, PipelineStats* stats) {
    GraphBuilder builder(build);
    std::vector<std::string> articles;
    PipelineStats total;
    for (const auto& f : expand_inputs(inputs)) {
        if (is_triples_input(f)) {
            read_triples(f, [&](Triple&& t) {
                ++total.triples;
                builder.add(t);
            });
        } else {
            articles.push_back(f);
        }
    }
    if (!articles.empty()) {
        std::optional<Extractor> own;
        if (!extractor) extractor = &own.emplace(default_data_dir());
        auto s = extract_all(articles, *extractor, options, [&](const Article&, std::vector<Triple>& ts) {
            for (const auto& t : ts) builder.add(t);
        });
        total.articles += s.articles;
        total.bytes += s.bytes;
        total.triples += s.triples;
        total.sentences += s.sentences;
        total.seconds += s.seconds;
    }
    total.files = inputs.size();
    if (stats) *stats = total;
    return builder.take();
}

}  // namespace geokg
