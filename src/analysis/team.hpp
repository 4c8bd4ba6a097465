// Internal to the analysis stage: running a body on T threads.
#pragma once

#include <atomic>
#include <cstddef>
#include <exception>
#include <algorithm>
#include <functional>
#include <system_error>
#include <thread>
#include <vector>

namespace geokg::analysis::detail {

// Runs body(t) for t in [0, T) on T threads (the caller's thread is thread 0),
// waits for all, then rethrows the first exception a thread threw.
template <class Body>
void run_team(unsigned T, Body&& body) {
    if (T <= 1) {
        body(0u);
        return;
    }
    std::vector<std::thread> pool;
    std::vector<std::exception_ptr> errors(T);
    for (unsigned t = 1; t < T; ++t)
        pool.emplace_back([&, t] {
            try {
                body(t);
            } catch (...) {
                errors[t] = std::current_exception();
            }
        });
    try {
        body(0u);
    } catch (...) {
        errors[0] = std::current_exception();
    }
    for (auto& th : pool) th.join();
    for (auto& e : errors)
        if (e) std::rethrow_exception(e);
}

// Runs init(t) on each of T threads, then body(t, block) for blocks [0, blocks)
// taken from a shared counter; a thread that throws stops the others early.
template <class Init, class Body>
void parallel_blocks(std::size_t blocks, unsigned T, Init&& init, Body&& body) {
    std::atomic<std::size_t> next{0};
    run_team(T, [&](unsigned t) {
        try {
            init(t);
            for (std::size_t b; (b = next.fetch_add(1, std::memory_order_relaxed)) < blocks;) body(t, b);
        } catch (...) {
            next.store(blocks);
            throw;
        }
    });
}

inline void cpu_relax() {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#endif
}

// A barrier for a team that meets every few microseconds: arrivals spin on a
// generation counter (a sleeping futex costs a wake-up of an idle core, tens of
// microseconds on a virtual machine), then sleep, so that a team sharing a
// busy machine (or one core) does not hold on to it.
class SpinBarrier {
public:
    explicit SpinBarrier(unsigned T) : size_(T) {}
    void arrive_and_wait() {
        const unsigned g = gen_.load(std::memory_order_acquire);
        if (count_.fetch_add(1, std::memory_order_acq_rel) + 1 == size_) {
            count_.store(0, std::memory_order_relaxed);
            gen_.store(g + 1, std::memory_order_release);
            gen_.notify_all();
            return;
        }
        for (unsigned i = 0; i < kSpins + kYields; ++i) {
            if (gen_.load(std::memory_order_acquire) != g) return;
            if (i < kSpins)
                cpu_relax();
            else
                std::this_thread::yield();
        }
        while (gen_.load(std::memory_order_acquire) == g) gen_.wait(g, std::memory_order_acquire);
    }

private:
    // pause takes 10 to 140 cycles depending on the processor: a few
    // microseconds of spinning, a few yields (to a team-mate on the same core),
    // then a futex (measured: a longer spin made 2 threads on a busy machine
    // 1.7x slower than std::barrier)
    static constexpr unsigned kSpins = 128, kYields = 8;
    alignas(64) std::atomic<unsigned> count_{0};
    alignas(64) std::atomic<unsigned> gen_{0};
    unsigned size_;
};

// Threads 1..T-1 started on construction, so that their start overlaps the
// caller's set-up; run(body) runs body(t) on them and on the caller's thread
// (thread 0), waits for all and rethrows the first exception (the body must
// not throw between meetings at a barrier). Destroyed without run(), the
// threads end without running anything. If a thread cannot be started, the
// team is smaller: size() tells.
class EarlyTeam {
public:
    explicit EarlyTeam(unsigned T) : size_(std::max(T, 1u)), errors_(size_) {
        pool_.reserve(size_ - 1);
        try {
            for (unsigned t = 1; t < size_; ++t) start(t);
        } catch (const std::system_error&) {
            size_ = static_cast<unsigned>(pool_.size()) + 1;
        }
    }
    EarlyTeam(const EarlyTeam&) = delete;
    EarlyTeam& operator=(const EarlyTeam&) = delete;
    ~EarlyTeam() {
        if (!pool_.empty()) finish(2);
    }
    unsigned size() const { return size_; }

    template <class Body>
    void run(Body&& body) {
        std::function<void(unsigned)> f = std::ref(body);
        body_ = &f;
        state_.store(1, std::memory_order_release);
        state_.notify_all();
        try {
            body(0u);
        } catch (...) {
            errors_[0] = std::current_exception();
        }
        finish(1);
        for (auto& e : errors_)
            if (e) std::rethrow_exception(e);
    }

private:
    void start(unsigned t) {
        pool_.emplace_back([this, t] {
            for (unsigned i = 0; i < 128 && state_.load(std::memory_order_acquire) == 0; ++i) cpu_relax();
            while (state_.load(std::memory_order_acquire) == 0) state_.wait(0, std::memory_order_acquire);
            if (state_.load(std::memory_order_acquire) != 1) return;
            try {
                (*body_)(t);
            } catch (...) {
                errors_[t] = std::current_exception();
            }
        });
    }
    void finish(int state) {
        int expected = 0;
        if (state_.compare_exchange_strong(expected, state, std::memory_order_acq_rel)) state_.notify_all();
        for (auto& th : pool_) th.join();
        pool_.clear();
    }
    unsigned size_;
    std::vector<std::exception_ptr> errors_;
    std::vector<std::thread> pool_;
    const std::function<void(unsigned)>* body_ = nullptr;
    std::atomic<int> state_{0};
};

}  // namespace geokg::analysis::detail
