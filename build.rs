// Locale files are embedded at compile time: a new or changed file under `locales/` must
// trigger a rebuild, including a new locale folder.
fn main() {
    println!("cargo:rerun-if-changed=locales");
}
