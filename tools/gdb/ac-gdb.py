# ac-gdb.py: gdb commands for Async C programs (issue 14).
#
#   (gdb) source /usr/share/ac/gdb/ac-gdb.py      (the installed copy)
#   (gdb) ac tasks            every pending task as an await tree
#   (gdb) ac bt [TASK]        the async backtrace of the running task (or TASK)
#   (gdb) ac locals [TASK]    the async function's locals by their .ac names
#
# TASK is a task's name ('Task-3', or what ac_set_name gave), its number, or
# its address. Everything is read from memory (the loop's ready queue, timer
# heap, lists of suspended leaves, the tasks' chains and the resume-point
# tables acc emits): no function of the program is called, so the commands
# work on a core file as on a stopped process. `ac tasks` prints the text
# ac_dump_tasks prints (runtime/src/dump.c: keep the two in step), except
# that times are computed from the loop's last poll (l->uv.time), which is
# what a core has. Needs libac's debug information (the default
# RelWithDebInfo build, or -g).

import errno

import gdb

# ac-int.h / ac/internal.h constants (tests/dump/gdb.sh checks the output
# against ac_dump_tasks, so a change there shows).
K_CORO, K_FUTURE, K_GATHER, K_RT = 0, 1, 2, 3
S_NEW, S_PENDING, S_DONE, S_FAILED = 0, 1, 2, 3
F_TASK, F_STARTED, F_QUEUED, F_PROXY = 1 << 0, 1 << 1, 1 << 2, 1 << 4
WAIT_NONE, WAIT_TIMER, WAIT_HANDLE, WAIT_SOON, WAIT_CUSTOM = 0, 1, 2, 3, 4
HDR_SIZE = 64


def err_name(code):
    """ac_err_name: AC_E* codes are -errno (libuv's values on Linux)."""
    if code == 0:
        return "OK"
    if code < 0 and -code in errno.errorcode:
        return errno.errorcode[-code]
    return "E%d" % code


def _t(name):
    return gdb.lookup_type(name)


def _addr(v):
    return int(v.cast(_t("unsigned long")))


def _ptr(addr, typename):
    return gdb.Value(addr).cast(_t(typename).pointer())


def _str(v):
    return v.string() if _addr(v) != 0 else None


def _offset(typename, field):
    for f in _t(typename).strip_typedefs().fields():
        if f.name == field:
            return f.bitpos // 8
    raise gdb.GdbError("no field %s in %s" % (field, typename))


class Task(object):
    """A handle (struct ac_task) read from memory."""

    def __init__(self, addr):
        self.addr = addr
        self.v = _ptr(addr, "ac_task").dereference()

    def __eq__(self, o):
        return isinstance(o, Task) and o.addr == self.addr

    def __hash__(self):
        return self.addr

    @property
    def kind(self):
        return int(self.v["kind"])

    @property
    def state(self):
        return int(self.v["state"])

    @property
    def flags(self):
        return int(self.v["flags"])

    @property
    def id(self):
        return int(self.v["id"])

    @property
    def desc(self):
        return self.v["q"]["desc"]

    def is_task(self):
        return self.kind == K_CORO and (self.flags & F_TASK) != 0

    def done(self):
        return self.state >= S_DONE

    def ext(self):
        e = self.v["ext"]
        return e.dereference() if _addr(e) != 0 else None

    def name(self):
        e = self.ext()
        if e is not None and _addr(e["name"]) != 0:
            return e["name"].string()
        if self.is_task():
            return "Task-%d" % self.id
        d = self.desc
        if _addr(d) != 0 and _addr(d["name"]) != 0:
            return d["name"].string()
        return "?"

    def fn_name(self):
        d = self.desc
        return d["name"].string() if _addr(d) != 0 and _addr(d["name"]) != 0 else "?"

    def link(self):
        a = _addr(self.v["u"]["co"]["link"])
        return Task(a) if a != 0 else None

    def wait(self):
        return _addr(self.v["u"]["co"]["wait"])

    def frame_addr(self):
        return self.addr + HDR_SIZE


class Loop(object):
    def __init__(self, addr):
        self.addr = addr
        self.v = _ptr(addr, "ac_loop").dereference()
        self.cb_desc = _addr(gdb.parse_and_eval("&ac__cb_desc"))

    def now(self):
        """The loop clock as a core has it: libuv's time of the last poll."""
        return int(self.v["uv"]["time"]) * 1000000 + int(self.v["vt_skew"])

    def born(self, tid):
        """age.c's ac__age_born: when task number tid was made, at the
        earliest, from the loop's checkpoints (0: unknown)."""
        def before(a, b):
            return ((a - b) & 0xffffffff) >= 0x80000000

        if before(int(self.v["age_c"]), tid):
            return int(self.v["age_t"])
        a = _addr(self.v["ages"])
        if a == 0:
            return 0
        ages = self.v["ages"].dereference()
        best = 0
        for i in range(int(ages["n"])):
            cp = ages["v"][i]
            if not before(int(cp["c"]), tid):
                break
            best = int(cp["t"])
        return best

    def current(self):
        a = _addr(self.v["current"])
        return Task(a) if a != 0 else None

    # ac__pending_tasks (loop.c), in Python
    def pending_tasks(self):
        seen = {}

        def visit(t):
            if t is None or not t.is_task() or t.done() or t.addr in seen:
                return
            seen[t.addr] = t

        def visit_item(a):
            desc = _addr(_ptr(a, "ac__item").dereference()["desc"])
            if desc != self.cb_desc:
                visit(Task(a))
                return
            try:
                proxy = _ptr(a, "ac__proxy").dereference()
                run = str(proxy["cb"]["run"])
                if "ac__proxy_run" in run:
                    visit(Task(_addr(proxy["t"])))
            except gdb.error:
                pass

        def visit_waiters(h):
            last = _addr(h.v["waiters"])
            if last == 0:
                return
            it = last
            for _ in range(1000000):
                it = _addr(_ptr(it, "ac__item").dereference()["next"])
                visit_item(it)
                if it == last:
                    break

        visit(self.current())
        it = _addr(self.v["head"])
        while it != 0:
            visit_item(it)
            it = _addr(_ptr(it, "ac__item").dereference()["next"])
        heap = self.v["heap"]
        for i in range(int(self.v["heap_len"])):
            e = int(heap[i])  # a task, or a callback's timer with its low bit set
            ta = 0 if e & 1 else e
            if ta != 0:
                visit(Task(ta))
        io = _addr(self.v["io"])
        if io != 0:
            head = io + _offset("ac__io", "leaves")
            off = _offset("ac__io_leaf", "link")
            d = _addr(_ptr(head, "ac__iolink").dereference()["next"])
            while d != head and d != 0:
                leaf = _ptr(d - off, "ac__io_leaf").dereference()
                visit(Task(_addr(leaf["task"])))
                d = _addr(_ptr(d, "ac__iolink").dereference()["next"])
            # reads are not on that list: an open stream holds its reader
            ohead = io + _offset("ac__io", "objs")
            soff = _offset("struct ac_stream", "obj")
            d = _addr(_ptr(ohead, "ac__dlink").dereference()["next"])
            while d != ohead and d != 0:
                ob = _ptr(d, "ac__obj").dereference()
                if "ac__stream_kill" in str(ob["kill"]):
                    rd = _addr(_ptr(d - soff, "struct ac_stream").dereference()["reader"])
                    if rd != 0:
                        visit(Task(_addr(_ptr(rd, "ac__io_leaf").dereference()["task"])))
                d = _addr(_ptr(d, "ac__dlink").dereference()["next"])
        phead = self.addr + _offset("ac_loop", "parked")
        p = _addr(self.v["parked"]["next"])
        if p != 0:
            while p != phead:
                pk = _ptr(p, "ac__parking").dereference()
                if _addr(pk["task"]) != 0:
                    visit(Task(_addr(pk["task"])))
                else:  # a parked group (a queue): the tasks of its waiting nodes
                    g = _ptr(p, "ac__park_group").dereference()
                    # a leaf parked on its own (another loop's wait) is not the group's
                    own = _offset("ac__sync_leaf", "pk") - _offset("ac__sync_leaf", "node")
                    for i in range(2):
                        fh = _addr(g["fifo"][i])
                        n = _addr(_ptr(fh, "ac__wnode").dereference()["next"])
                        while n != fh and n != 0:
                            node = _ptr(n, "ac__wnode").dereference()
                            lpk = _ptr(n + own, "ac__parking").dereference()
                            if int(node["state"]) == 1 and _addr(lpk["next"]) == 0:  # AC__WN_WAIT
                                visit(Task(_addr(node["task"])))
                            n = _addr(node["next"])
                p = _addr(pk["next"])
        fhead = self.addr + _offset("ac_loop", "futures")
        foff = _offset("struct ac_task", "u")  # u.fut.link is at the start of u
        d = _addr(self.v["futures"]["next"])
        while d != fhead and d != 0:
            visit_waiters(Task(d - foff))
            d = _addr(_ptr(d, "ac__dlink").dereference()["next"])
        done = 0
        while done < len(seen):
            for t in list(seen.values())[done:]:
                c = t.link()
                while c is not None:
                    visit_waiters(c)
                    if c == t:
                        break
                    c = c.link()
                done += 1
        return sorted(seen.values(), key=lambda t: t.id)


def loops():
    """The loops of the program: the list dump.c keeps, else ac__cur."""
    out = []
    try:
        o = gdb.parse_and_eval("ac__obs_loops")
        while _addr(o) != 0:
            out.append(Loop(_addr(o.dereference()["l"])))
            o = o.dereference()["next"]
    except gdb.error:
        pass
    if not out:
        try:
            cur = gdb.parse_and_eval("ac__cur")
            if _addr(cur) != 0:
                out.append(Loop(_addr(cur)))
        except gdb.error:
            pass
    return out


def walk_frames(c):
    """The frames of coroutine object c: [(desc name, file, line, desc, frame
    address)], outermost first, and the `what` of the innermost."""
    d = c.desc
    fr = c.frame_addr()
    frames = []
    for _ in range(1000):
        if _addr(d) == 0:
            return frames, None
        dv = d.dereference()
        npoints = int(dv["npoints"])
        if _addr(dv["points"]) == 0 or npoints == 0 or (int(dv["flags"]) & DESC_LIBAC):
            return frames, _str(dv["name"])
        st = int(_ptr(fr, "int").dereference())
        name, file = _str(dv["name"]), _str(dv["file"])
        if st < 0 or st >= npoints:
            frames.append((name, file, int(dv["line"]), d, fr))
            return frames, None
        p = dv["points"][st]
        frames.append((name, file, int(p["line"]), d, fr))
        if _addr(p["sub"]) == 0:
            return frames, _str(p["what"])
        fr += int(p["sub_offset"])
        d = p["sub"]
    return frames, None


def chain(t):
    """Task t's chain of coroutine objects, outermost (t) first."""
    out = []
    c = t.link()
    n = 0
    while c is not None and c != t and n < 100000:
        out.append(c)
        c = c.link()
        n += 1
    out.append(t)
    out.reverse()
    return out


def innermost_what(t):
    what = None
    for c in chain(t):
        _, what = walk_frames(c)
    return what


DESC_RT = 1 << 8
DESC_LIBAC = 1 << 9  # libac's composites (runtime/src/*.ac): shown as the call


def mirror(h):
    """The handle a runtime handle h stands for (ac__rt_desc.mirror, which
    cannot be called on a core): the known mirrors, by name."""
    d = h.desc
    if _addr(d) == 0 or not (int(d.dereference()["flags"]) & DESC_RT):
        return None
    try:
        fn = str(d.cast(_t("ac__rt_desc").pointer()).dereference()["mirror"])
        if "ac__wf_mirror" in fn:
            inner = _ptr(h.frame_addr(), "ac__wait_for__frame").dereference()["h"]  # combine.ac
        elif "ac__shield_mirror" in fn:
            inner = _ptr(h.addr, "ac__shield").dereference()["inner"]
        else:
            return None
    except gdb.error:
        return None
    return Task(_addr(inner)) if _addr(inner) != 0 else None


def kids_of(t, what):
    w = t.wait()
    out = []
    for c in chain(t):
        m = mirror(c)
        if m is not None:
            out.append(m)
    if w == 0:
        return out
    kind = int(_ptr(w, "ac__waiter").dereference()["kind"])
    if kind == WAIT_HANDLE:
        h = _addr(_ptr(w, "ac__wait__frame").dereference()["h"])
        if h != 0:
            ht = Task(h)
            if ht.kind == K_GATHER:
                g = _ptr(h, "struct ac__gather").dereference()
                for i in range(int(g["n"])):
                    out.append(Task(_addr(g["kids"][i]["h"])))
            elif mirror(ht) is not None:
                out.append(mirror(ht))
            elif ht.is_task():
                out.append(ht)
    elif kind == WAIT_CUSTOM and what == "ac_group_wait":
        g = _ptr(w, "ac__group_idle__frame").dereference()["g"]  # group.ac's leaf
        if _addr(g) != 0:
            gv = g.dereference()
            for i in range(int(gv["n"])):
                out.append(Task(_addr(gv["kids"][i]["t"])))
    return out


def wait_line(loop, t, what, nkids):
    w = t.wait()
    kind = int(_ptr(w, "ac__waiter").dereference()["kind"]) if w != 0 else WAIT_NONE
    cur = loop.current()
    if cur is not None and cur == t:
        return "running"
    if not (t.flags & F_STARTED) or (t.flags & (F_QUEUED | F_PROXY)) or kind == WAIT_SOON:
        return "ready to run"
    if kind == WAIT_TIMER:
        timer = _ptr(w, "ac_sleep__frame").dereference()["timer"]
        when = int(timer["when_hi"]) << 32 | int(timer["when_lo"])
        now = loop.now()
        left = when - now if when > now else 0
        return "sleeping in ac_sleep, %.3f s left" % (left / 1e9)
    if kind == WAIT_HANDLE:
        h = _addr(_ptr(w, "ac__wait__frame").dereference()["h"])
        if h == 0:
            return "waiting for (null)"
        ht = Task(h)
        if ht.kind == K_GATHER:
            return "waiting for a gather of %d:" % nkids
        if ht.is_task():
            return "waiting for task '%s':" % ht.name()
        if ht.kind == K_CORO:
            return "waiting for coroutine %s" % ht.fn_name()
        if nkids > 0 and ht.kind == K_RT:
            return "waiting for %s of:" % ht.name()
        return "waiting for future '%s'" % ht.name()
    if what is None:
        return "waiting"
    if kind == WAIT_CUSTOM and what in ("ac_read", "ac__read_wait"):
        s = _ptr(w, "ac__read__frame").dereference()["s"]
        n = int(s.dereference()["len"]) if _addr(s) != 0 else 0
        return "reading a stream in %s (%d bytes buffered)" % (what, n)
    if what in ("ac_write", "ac_write_eof"):
        return "writing a stream in %s" % what
    if what == "ac_to_thread":
        return "waiting for a thread-pool job (ac_to_thread)"
    if what.startswith(("ac_file_", "ac__file_")) or what == "ac_stat":
        return "waiting for a thread-pool file job (%s)" % what
    if w != 0 and what in ("ac_queue_get", "ac_queue_put"):
        # w: the ac__wq_wait leaf under the composite (runtime/src/waits.ac);
        # its FIFO's group is the queue's member reg
        wq = _ptr(w, "ac__wq_wait__frame").dereference()["wq"]
        g = _addr(wq.dereference()["group"]) if _addr(wq) != 0 else 0
        n = 0
        if g != 0:
            qt = gdb.lookup_type("struct ac_queue")
            reg = [fl for fl in qt.fields() if fl.name == "reg"][0].bitpos // 8
            n = int(gdb.Value(g - reg).cast(qt.pointer()).dereference()["count"])
        if what == "ac_queue_get":
            return "waiting for an item in ac_queue_get (queue of %d items)" % n
        return "waiting for room in ac_queue_put (queue of %d items)" % n
    simple = {
        "ac_lock_acquire": "waiting for a lock (ac_lock_acquire)",
        "ac_semaphore_acquire": "waiting for a semaphore (ac_semaphore_acquire)",
        "ac_event_wait": "waiting for an event (ac_event_wait)",
        "ac_process_wait": "waiting for a child process (ac_process_wait)",
    }
    if what in simple:
        return simple[what]
    if what == "ac_group_wait":
        return "waiting for a group of %d:" % nkids
    if w != 0 and what == "ac_signal":
        return "waiting for signal %d (ac_signal)" % int(
            _ptr(w, "ac_signal__frame").dereference()["signum"])
    if nkids > 0:
        return "waiting in %s for:" % what
    return "waiting in %s" % what


class Dump(object):
    def __init__(self, loop):
        self.loop = loop
        self.tasks = loop.pending_tasks()
        self.index = dict((t.addr, i) for i, t in enumerate(self.tasks))
        self.shown = [False] * len(self.tasks)
        self.out = []

    def emit(self, ind, text):
        self.out.append(" " * ind + text)

    def kid(self, h, ind, depth):
        i = self.index.get(h.addr)
        if i is not None and not self.shown[i]:
            self.task(h, ind, depth + 1)
            return
        head = "%s '%s'" % ("Task" if h.is_task() else "future", h.name())
        if i is not None:
            self.emit(ind, head + " (shown above)")
        elif h.state == S_DONE:
            self.emit(ind, head + " done")
        elif h.state == S_FAILED:
            self.emit(ind, head + " failed (%s)" % err_name(int(h.v["err"])))
        else:
            self.emit(ind, head + " pending")

    def task(self, t, ind, depth):
        i = self.index.get(t.addr)
        if i is not None:
            self.shown[i] = True
        line = "Task '%s' %s()" % (t.name(), t.fn_name())
        e = t.ext()
        born = int(e["born"]) if e is not None else 0
        if born == 0:
            born = self.loop.born(int(t.v["id"]))
        if born != 0:
            now = self.loop.now()
            line += ", %.3f s old" % ((now - born) / 1e9 if now > born else 0.0)
        self.emit(ind, line)
        what = None
        for c in chain(t):
            frames, what = walk_frames(c)
            for (name, file, ln, _, _) in frames:
                self.emit(ind + 2, "at %s (%s:%d)" % (name, file, ln))
        kids = kids_of(t, what)
        self.emit(ind + 2, wait_line(self.loop, t, what, len(kids)))
        if depth >= 64:
            if kids:
                self.emit(ind + 4, "...")
        else:
            for k in kids:
                self.kid(k, ind + 4, depth)

    def run(self):
        n = len(self.tasks)
        self.out.append("%d pending task%s" % (n, "" if n == 1 else "s"))
        is_kid = [False] * n
        for i, t in enumerate(self.tasks):
            for k in kids_of(t, innermost_what(t)):
                j = self.index.get(k.addr)
                if j is not None and j != i:
                    is_kid[j] = True
        for i, t in enumerate(self.tasks):
            if not is_kid[i] and not self.shown[i]:
                self.task(t, 0, 0)
        for i, t in enumerate(self.tasks):
            if not self.shown[i]:
                self.task(t, 0, 0)
        return "\n".join(self.out)


def find_task(arg):
    """A pending task by name, number or address; or the running one."""
    arg = arg.strip()
    for loop in loops():
        if not arg:
            cur = loop.current()
            if cur is not None:
                return loop, cur
            continue
        for t in loop.pending_tasks():
            if t.name() == arg or str(t.id) == arg or hex(t.addr) == arg.lower():
                return loop, t
    if not arg:
        raise gdb.GdbError("no task is running: name one (ac tasks lists them)")
    raise gdb.GdbError("no pending task '%s' (ac tasks lists them)" % arg)


def desc_file(fn, frame):
    """The .ac file of async function fn as acc named it (its descriptor),
    else what gdb's line table says."""
    try:
        return gdb.parse_and_eval(fn + "__desc")["file"].string()
    except gdb.error:
        sal = frame.find_sal()
        return sal.symtab.filename if sal.symtab else "?"


def resume_frames_on_stack():
    """The C frames of generated resume functions on the stack (innermost
    first): gdb frame, async function name."""
    out = []
    f = gdb.newest_frame()
    while f is not None:
        name = f.name() or ""
        if name.endswith("__resume") and not name.startswith("ac_") \
                and not name.startswith("ac__"):
            out.append((f, name[:-len("__resume")]))
        f = f.older()
    return out


class AcPrefix(gdb.Command):
    """Async C: ac tasks, ac bt [TASK], ac locals [TASK]."""

    def __init__(self):
        super(AcPrefix, self).__init__("ac", gdb.COMMAND_STACK, gdb.COMPLETE_NONE, True)


class AcTasks(gdb.Command):
    """Every pending task of every loop as an await tree (ac_dump_tasks' text)."""

    def __init__(self):
        super(AcTasks, self).__init__("ac tasks", gdb.COMMAND_STACK)

    def invoke(self, arg, from_tty):
        ls = loops()
        if not ls:
            raise gdb.GdbError("no Async C loop in this program (is libac's debug info there?)")
        for loop in ls:
            gdb.write(Dump(loop).run() + "\n")


class AcBt(gdb.Command):
    """The async backtrace of the running task, or of TASK (name, number, address)."""

    def __init__(self):
        super(AcBt, self).__init__("ac bt", gdb.COMMAND_STACK)

    def invoke(self, arg, from_tty):
        loop, t = find_task(arg)
        gdb.write("Async traceback of task '%s' (most recent call last):\n" % t.name())
        cs = chain(t)
        running = loop.current() is not None and loop.current() == t
        # suspended coroutine objects of the chain: their resume points; the
        # innermost one of a running task is on the C stack instead
        for c in (cs[:-1] if running else cs):
            frames, _ = walk_frames(c)
            for (name, file, ln, _, _) in frames:
                gdb.write('  File "%s", line %d, in %s\n' % (file, ln, name))
        if running:
            for f, name in reversed(resume_frames_on_stack()):
                gdb.write('  File "%s", line %d, in %s\n' % (
                    desc_file(name, f), f.find_sal().line, name))
        gdb.write("    %s\n" % wait_line(loop, t, innermost_what(t), 0).rstrip(":"))


def print_frame_locals(name, fv):
    for f in fv.type.strip_typedefs().fields():
        if f.name is None or f.name.startswith("ac__"):
            continue  # acc's own members: state, result, callee frames, temporaries
        try:
            gdb.write("  %s = %s\n" % (f.name, fv[f.name]))
        except gdb.error as e:
            gdb.write("  %s = <%s>\n" % (f.name, e))


class AcLocals(gdb.Command):
    """The locals of an async function by their .ac names (the members of its
    frame struct): the selected frame's function (or the nearest async one
    around it), or every async frame of TASK (name, number, address)."""

    def __init__(self):
        super(AcLocals, self).__init__("ac locals", gdb.COMMAND_DATA)

    def invoke(self, arg, from_tty):
        if arg.strip():
            loop, t = find_task(arg)
            for c in chain(t):
                frames, _ = walk_frames(c)
                for (name, file, ln, d, fr) in frames:
                    gdb.write("%s (%s:%d):\n" % (name, file, ln))
                    try:
                        fv = _ptr(fr, name + "__frame").dereference()
                    except gdb.error:
                        gdb.write("  (no type %s__frame in the debug info)\n" % name)
                        continue
                    print_frame_locals(name, fv)
            return
        f = gdb.selected_frame()
        while f is not None:
            name = f.name() or ""
            if name.endswith("__resume"):
                try:
                    fp = f.read_var("ac__f")
                except ValueError:
                    fp = None
                if fp is not None:
                    fn = name[:-len("__resume")]
                    gdb.write("%s (%s:%d):\n" % (fn, desc_file(fn, f), f.find_sal().line))
                    print_frame_locals(name, fp.dereference())
                    return
            f = f.older()
        raise gdb.GdbError("not in an async function (no ..__resume frame with ac__f here)")


AcPrefix()
AcTasks()
AcBt()
AcLocals()
