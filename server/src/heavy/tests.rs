use std::sync::atomic::{AtomicUsize, Ordering};

use super::*;

#[tokio::test]
async fn no_more_than_its_jobs_run_at_once_and_a_long_wait_is_refused() {
    let heavy = Arc::new(Heavy::new(2, Duration::from_secs(30)));
    let running = Arc::new(AtomicUsize::new(0));
    let most = Arc::new(AtomicUsize::new(0));
    let jobs = (0..8).map(|_| {
        let (heavy, running, most) = (heavy.clone(), running.clone(), most.clone());
        tokio::spawn(async move {
            heavy
                .run("test", move || {
                    let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                    most.fetch_max(now, Ordering::SeqCst);
                    std::thread::sleep(Duration::from_millis(20));
                    running.fetch_sub(1, Ordering::SeqCst);
                    Ok(())
                })
                .await
        })
    });
    for job in jobs.collect::<Vec<_>>() {
        assert!(job.await.unwrap().is_ok());
    }
    assert_eq!(most.load(Ordering::SeqCst), 2);

    // One job holds the only permit; the next may not wait.
    let heavy = Arc::new(Heavy::new(1, Duration::ZERO));
    let (hold, release) = std::sync::mpsc::channel::<()>();
    let holder = {
        let heavy = heavy.clone();
        tokio::spawn(async move {
            heavy
                .run("holder", move || {
                    let _ = release.recv();
                    Ok(())
                })
                .await
        })
    };
    while heavy.permits.available_permits() > 0 {
        tokio::task::yield_now().await;
    }
    let refused = heavy.run("late", || Ok(())).await.unwrap_err();
    assert_eq!(refused.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(refused.retry_after, Some(1));
    drop(hold);
    assert!(holder.await.unwrap().is_ok());
}
