//! The access log of `httpstatus serve`: one JSON line per request on stderr, written by a
//! thread of its own in batches (at most 40 a second), so that a request never waits for the terminal or the pipe.
//!
//! The queue is bounded: when stderr cannot keep up, lines are dropped and counted rather than
//! held, so that memory stays flat under any load; the count is logged as soon as the writer
//! catches up.

use std::io::{self, BufWriter, Write};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, SyncSender, TrySendError};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

/// The most lines waiting to be written: more than a pause's worth at 100,000 requests/s.
const QUEUE: usize = 16 * 1024;
/// The pause between two batches, the longest a line waits under load.
const PAUSE: Duration = Duration::from_millis(25);

pub(crate) struct AccessLog {
    lines: SyncSender<String>,
    dropped: Arc<AtomicU64>,
    writer: JoinHandle<()>,
}

impl AccessLog {
    /// Starts the writer thread.
    pub(crate) fn start() -> AccessLog {
        let (lines, queue) = mpsc::sync_channel(QUEUE);
        let dropped = Arc::new(AtomicU64::new(0));
        let counter = Arc::clone(&dropped);
        let writer = std::thread::Builder::new()
            .name("access-log".into())
            .spawn(move || write_lines(&queue, &counter))
            .expect("the access log thread starts");
        AccessLog { lines, dropped, writer }
    }

    /// Queues one line (without its newline); drops it when the queue is full.
    pub(crate) fn send(&self, line: String) {
        if let Err(TrySendError::Full(_)) = self.lines.try_send(line) {
            self.dropped.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// Writes what is queued and stops the writer.
    pub(crate) fn finish(self) {
        drop(self.lines);
        let _ = self.writer.join();
    }
}

fn write_lines(queue: &Receiver<String>, dropped: &AtomicU64) {
    while let Ok(first) = queue.recv() {
        let stderr = io::stderr();
        let mut out = BufWriter::with_capacity(64 * 1024, stderr.lock());
        // A closed stderr is no reason to stop serving: the lines are lost, not the server.
        let _ = writeln!(out, "{first}");
        while let Ok(line) = queue.try_recv() {
            let _ = writeln!(out, "{line}");
        }
        let lost = dropped.swap(0, Ordering::Relaxed);
        if lost > 0 {
            let _ = writeln!(out, "{{\"dropped_log_lines\":{lost}}}");
        }
        let _ = out.flush();
        drop(out);
        // Lines that come meanwhile wait for the next batch: a request never wakes this
        // thread, except the first after a quiet spell.
        std::thread::sleep(PAUSE);
    }
}
