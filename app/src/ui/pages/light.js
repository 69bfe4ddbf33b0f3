// The script of stakemap's light pages (the home page, a join link): what makes them work
// without the app's WASM (`light.rs`). The server renders every word; this script only wires
// the buttons and joins. What it needs from the server is in the data block `#light-data`.
"use strict";
(() => {
  const data = JSON.parse(document.getElementById("light-data").textContent);

  // The language buttons: the device remembers the choice in the cookie the app reads too, and
  // the server renders the page again in that language.
  for (const button of document.querySelectorAll(".lang-switch [data-lang]")) {
    button.addEventListener("click", () => {
      document.cookie =
        `${data.cookie}=${button.dataset.lang}; path=/; max-age=31536000; samesite=lax`;
      location.reload();
    });
  }

  function rememberedGroup() {
    try {
      const session = JSON.parse(localStorage.getItem(data.group_key));
      return session && session.token ? session : null;
    } catch (unreadable) {
      return null;
    }
  }

  // Exchanges a join code for the group's token, remembers it as the app does (its
  // `GroupSession`) and opens the group's page. Answers the words to show when that fails.
  async function join(code) {
    let response;
    try {
      response = await fetch("/api/v1/join", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ code }),
      });
    } catch (offline) {
      return data.errors.network;
    }
    let body = null;
    try {
      body = await response.json();
    } catch (notJson) {
      // A proxy's page instead of ours: said as the server's failure below.
    }
    if (response.ok && body) {
      const session = {
        workshop_id: body.workshop_id,
        group_id: body.group_id,
        token: body.token,
        group_name: body.group_name,
      };
      try {
        localStorage.setItem(data.group_key, JSON.stringify(session));
      } catch (full) {
        // The group page says the tablet has not joined, with the way back here.
      }
      location.assign("/group");
      return null;
    }
    const detail = (body && body.error) || {};
    const failed = response.status >= 500 ? "server" : detail.code;
    return data.errors[failed] || detail.message || data.errors.server;
  }

  // The error as the app's `FieldError` shows it: read aloud when it appears.
  function errorLine(text) {
    const line = document.createElement("p");
    line.className = "field-error";
    line.setAttribute("role", "alert");
    line.textContent = text;
    return line;
  }

  const remembered = rememberedGroup();
  const resume = document.querySelector("[data-light=continue]");
  if (resume && remembered) {
    resume.querySelector("[data-light=group]").textContent = remembered.group_name;
    resume.hidden = false;
  }

  const form = document.querySelector("form[data-light=join]");
  if (form) {
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const button = form.querySelector("[type=submit]");
      const shown = form.querySelector(".field-error");
      if (shown) {
        shown.remove();
      }
      button.disabled = true;
      const failure = await join(form.elements.code.value);
      if (failure) {
        button.before(errorLine(failure));
        button.disabled = false;
      }
    });
  }

  const joining = document.querySelector("[data-light=joining]");
  if (joining && data.join_code) {
    join(data.join_code).then((failure) => {
      if (failure) {
        joining.querySelector(".loading").replaceWith(errorLine(failure));
        joining.querySelector("[data-light=home]").hidden = false;
      }
    });
  }

  // Interactive: what the browser tests and the page-load benchmark wait for, as on the app's
  // pages.
  document.body.setAttribute("data-hydrated", "true");
  performance.mark("hydrated");

  // The group page's code, fetched while the tablet joins or its code is typed: on the home
  // page by the service worker (which keeps it for offline use too) where there is one, else
  // (plain http on a room's network, a join link) by the browser's own prefetch.
  const worker = data.keep_files && "serviceWorker" in navigator;
  if (worker) {
    navigator.serviceWorker.register("/sw.js").catch(() => {});
  } else {
    for (const href of data.ahead) {
      const link = document.createElement("link");
      link.rel = "prefetch";
      link.href = href;
      document.head.append(link);
    }
  }
})();
