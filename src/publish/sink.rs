//! Where a render puts each file as soon as it is made: the `Sink`. Two kinds take them:
//! `Memory` keeps every file (the preview serves from memory, tests read the output
//! there), `stage::Stage` writes each into the staging folder of a build and keeps only
//! its size and hash, so a one-shot build never holds the whole site.
//!
//! Must not: decide what the files are (render does) or publish them (`publish` does).

use std::io::Write;
use std::sync::{Arc, Mutex};

/// Where a file comes among the files of one render, in the order the render made them
/// before it made them in parallel: of two files with the same path, the later one is
/// the output's. Render gives every file its own place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Order {
    /// The step of the render: 0 the items' downloads, 1 the pages, 2 the copied files.
    pub step: u8,
    /// The place within the step (the item, the page, the copied file).
    pub index: usize,
    /// The place within an item's downloads.
    pub part: usize,
}

impl Order {
    /// The `part`-th download of item `index`.
    pub fn download(index: usize, part: usize) -> Order {
        Order {
            step: 0,
            index,
            part,
        }
    }

    /// The `index`-th page (or generated file).
    pub fn page(index: usize) -> Order {
        Order {
            step: 1,
            index,
            part: 0,
        }
    }

    /// The `index`-th file copied as it is.
    pub fn copied(index: usize) -> Order {
        Order {
            step: 2,
            index,
            part: 0,
        }
    }
}

/// Takes the files of a render, from any of its threads.
///
/// Render puts the files of one step only after those of the steps before, and never
/// puts two files with the same path within a step: a file put under a path already put
/// replaces it.
pub trait Sink: Sync {
    /// Takes the file `path` (`/`-separated), made at `order`.
    fn put(&self, order: Order, path: String, bytes: Arc<[u8]>);

    /// Takes a file like `put`, from bytes no one else holds: a sink that writes them
    /// out need not copy them into an `Arc` first (a page as large as its notice).
    fn put_owned(&self, order: Order, path: String, bytes: Vec<u8>) {
        self.put(order, path, Arc::from(bytes));
    }

    /// Takes a file that `write` writes piece by piece (a page rendered straight out of
    /// its template), unless `write` fails: then the file is not put. A sink that writes
    /// files out need never hold a large one whole; the default keeps it and `put_owned`s
    /// it.
    fn put_written(
        &self,
        order: Order,
        path: String,
        write: &mut dyn FnMut(&mut dyn Write) -> std::io::Result<()>,
    ) {
        let mut bytes = Vec::new();
        if write(&mut bytes).is_ok() {
            self.put_owned(order, path, bytes);
        }
    }
}

/// A file put, with its place in the order made.
type Put = (Order, String, Arc<[u8]>);

/// Every file kept in memory, for `Output`.
#[derive(Debug, Default)]
pub struct Memory {
    files: Mutex<Vec<Put>>,
}

impl Memory {
    /// The files in the order the render made them (a later one of the same path after
    /// an earlier one).
    pub fn into_files(self) -> Vec<(String, Arc<[u8]>)> {
        let mut files = self.files.into_inner().unwrap_or_else(|e| e.into_inner());
        // Stable, though no two files share an order: the files come in a few long runs
        // already in order (one per thread), which a merge takes as they are and a
        // quicksort would not (30,000 files on every save of the preview).
        files.sort_by_key(|(order, _, _)| *order);
        files
            .into_iter()
            .map(|(_, path, bytes)| (path, bytes))
            .collect()
    }
}

impl Sink for Memory {
    fn put(&self, order: Order, path: String, bytes: Arc<[u8]>) {
        let mut files = self.files.lock().unwrap_or_else(|e| e.into_inner());
        files.push((order, path, bytes));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_gives_the_files_in_the_order_made() {
        let sink = Memory::default();
        let bytes: Arc<[u8]> = Arc::from(&b"x"[..]);
        sink.put(Order::copied(0), "c".into(), bytes.clone());
        sink.put(Order::page(1), "b".into(), bytes.clone());
        sink.put(Order::download(3, 1), "a2".into(), bytes.clone());
        sink.put(Order::page(0), "a".into(), bytes.clone());
        sink.put(Order::download(3, 0), "a1".into(), bytes);
        let paths: Vec<String> = sink.into_files().into_iter().map(|(p, _)| p).collect();
        assert_eq!(paths, ["a1", "a2", "a", "b", "c"]);
    }
}
