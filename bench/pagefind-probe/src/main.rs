use std::time::Instant;
fn main() {
    let dir = std::env::args().nth(1).unwrap();
    let limit: usize = std::env::args().nth(2).map(|s| s.parse().unwrap()).unwrap_or(usize::MAX);
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let mut texts = vec![];
    for e in walkdir::WalkDir::new(&dir).sort_by_file_name() {
        let e = e.unwrap();
        if e.path().extension().is_some_and(|x| x == "md") { texts.push((e.path().display().to_string(), std::fs::read_to_string(e.path()).unwrap())); }
        if texts.len() >= limit { break; }
    }
    let n = texts.len();
    let t = Instant::now();
    rt.block_on(async {
        let opts = pagefind::options::PagefindServiceConfig::builder().force_language("en".into()).build();
        let mut index = pagefind::api::PagefindIndex::new(Some(opts)).unwrap();
        for (i, (p, text)) in texts.into_iter().enumerate() {
            let mut meta = std::collections::BTreeMap::new();
            meta.insert("title".to_string(), p.clone());
            let mut filters = std::collections::BTreeMap::new();
            filters.insert("kind".to_string(), vec!["Briefs".to_string()]);
            index.add_custom_record(format!("/b{i}/"), text, "en".into(), Some(meta), Some(filters), None).await.unwrap();
        }
        let added = t.elapsed();
        let files = index.get_files().await.unwrap();
        let total: usize = files.iter().map(|f| f.contents.len()).sum();
        eprintln!("{n} records: add {:?}, total {:?}, {} files, {} bytes", added, t.elapsed(), files.len(), total);
        let mut by: std::collections::BTreeMap<String,(usize,usize)> = Default::default();
        for f in &files { let k = f.filename.components().next().unwrap().as_os_str().to_string_lossy().to_string(); let k = if f.filename.components().count()>1 {k} else {f.filename.display().to_string()}; let e = by.entry(k).or_default(); e.0+=1; e.1+=f.contents.len(); }
        for (k,(c,b)) in by { eprintln!("  {k}: {c} files, {b} bytes"); }
    });
}
