// pingpong.cpp: the C++20 peer of pingpong.ac. Two coroutines hand a token
// back and forth through a minimal scheduler: an intrusive FIFO of ready
// coroutine handles, run until empty.
//
//   pingpong_cpp chan N      a one-slot channel per direction
//   pingpong_cpp future N    a fresh heap-allocated one-shot future per hand-off
//
// g++ -std=c++20 -O2. 2N switches, counted as in pingpong.ac.
#include <coroutine>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>

namespace {

std::deque<std::coroutine_handle<>> ready; // the scheduler's FIFO

void run_all() {
    while (!ready.empty()) {
        auto h = ready.front();
        ready.pop_front();
        h.resume();
    }
}

struct Task {
    struct promise_type {
        Task get_return_object() { return Task{std::coroutine_handle<promise_type>::from_promise(*this)}; }
        std::suspend_always initial_suspend() noexcept { return {}; }
        std::suspend_always final_suspend() noexcept { return {}; }
        void return_void() noexcept {}
        void unhandled_exception() { std::abort(); }
    };
    std::coroutine_handle<promise_type> h;
};

// One-slot channel: send stores the value and readies the waiting receiver.
struct Slot {
    long value = 0;
    bool has = false;
    std::coroutine_handle<> waiting;
    void send(long v) {
        value = v;
        has = true;
        if (waiting) {
            ready.push_back(waiting);
            waiting = nullptr;
        }
    }
    struct Recv {
        Slot &s;
        bool await_ready() const noexcept { return s.has; }
        void await_suspend(std::coroutine_handle<> h) noexcept { s.waiting = h; }
        long await_resume() noexcept { s.has = false; return s.value; }
    };
    Recv recv() { return Recv{*this}; }
};

// One-shot future on the heap.
struct Future {
    long value = 0;
    bool done = false;
    std::coroutine_handle<> waiting;
    void set(long v) {
        value = v;
        done = true;
        if (waiting)
            ready.push_back(waiting);
    }
    struct Wait {
        Future *f;
        bool await_ready() const noexcept { return f->done; }
        void await_suspend(std::coroutine_handle<> h) noexcept { f->waiting = h; }
        long await_resume() noexcept { return f->value; }
    };
    Wait wait() { return Wait{this}; }
};

Slot to_a, to_b;

Task chan_a(long n) {
    for (long i = 0; i < n; i++) {
        to_b.send(i);
        long v = co_await to_a.recv();
        (void)v;
    }
}

Task chan_b(long n) {
    for (long i = 0; i < n; i++) {
        long v = co_await to_b.recv();
        to_a.send(v + 1);
    }
}

Future *for_a, *for_b;

Task fut_a(long n) {
    for (long i = 0; i < n; i++) {
        Future *mine = new Future;
        for_a = mine;
        for_b->set(i);
        long v = co_await mine->wait();
        delete mine;
        (void)v;
    }
}

Task fut_b(long n) {
    for (long i = 0; i < n; i++) {
        long v = co_await for_b->wait();
        delete for_b;
        for_b = new Future;
        for_a->set(v + 1);
    }
}

} // namespace

int main(int argc, char **argv) {
    bool fut = argc > 1 && std::strcmp(argv[1], "future") == 0;
    long n = argc > 2 ? std::atol(argv[2]) : 100000;
    Task a, b;
    if (fut) {
        for_b = new Future;
        b = fut_b(n);
        a = fut_a(n);
    } else {
        b = chan_b(n);
        a = chan_a(n);
    }
    ready.push_back(b.h);
    ready.push_back(a.h);
    run_all();
    a.h.destroy();
    b.h.destroy();
    delete for_b;
    std::printf("%ld switches\n", 2 * n);
    return 0;
}
