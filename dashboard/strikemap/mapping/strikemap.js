/* strikemap client library: draws strike layers from compact array payloads.
 *
 * Every article-derived string reaches the page through textContent or an
 * attribute set from script (never innerHTML, never a template), so article text
 * stays text. Payloads are plain arrays built by strikemap.mapping (Python).
 */
(function () {
  "use strict";
  if (window.StrikeMap) {
    return;
  }
  var OUTLINE_PANE = "sm-outlines";
  var SIZES = [14, 18, 22, 28, 34];
  // 24x24 glyphs drawn white on the category colour; static markup, no data in it.
  var GLYPHS = {
    missile: "M12 2l3 5v9l2 3v2l-5-2-5 2v-2l2-3V7z",
    drone: "M12 4l9 15-9-4-9 4z",
    glide_bomb: "M12 2c3 3 3.5 9 2 14l3 4h-10l3-4c-1.5-5-1-11 2-14z",
    artillery: "M12 2l2 6 6-2-4 5 5 3-6 1 1 6-4-4-4 4 1-6-6-1 5-3-4-5 6 2z",
    air_strike: "M12 2l1.5 7 7.5 4v2l-7.5-2.5-.5 5.5 2.5 2v1.5l-3.5-1-3.5 1V20l2.5-2-.5-5.5L3 15v-2l7.5-4z",
    unknown: "M12 6a6 6 0 1 0 0 12 6 6 0 1 0 0-12z",
  };
  var categories = {};
  var iconCache = {};

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    return node;
  }

  function colourOf(code) {
    return (categories[code] || categories.unknown || { colour: "#7f7f7f" }).colour;
  }

  function wedge(start, end) {
    // A pie slice of the r=11 disc from angle start to end (fractions of a turn, 0 = top).
    var a0 = 2 * Math.PI * start - Math.PI / 2;
    var a1 = 2 * Math.PI * end - Math.PI / 2;
    var large = end - start > 0.5 ? 1 : 0;
    return (
      "M12 12L" + (12 + 11 * Math.cos(a0)).toFixed(2) + " " + (12 + 11 * Math.sin(a0)).toFixed(2) +
      "A11 11 0 " + large + " 1 " + (12 + 11 * Math.cos(a1)).toFixed(2) + " " +
      (12 + 11 * Math.sin(a1)).toFixed(2) + "Z"
    );
  }

  /* The marker: a disc in the colour of each weapon category the event has (split
   * into equal slices when there are several) with the first category's glyph. */
  function glyphSvg(codes) {
    var list = typeof codes === "string" ? codes.split(",") : codes;
    var path = GLYPHS[list[0]] || GLYPHS.unknown;
    var disc;
    if (list.length < 2) {
      disc = '<circle cx="12" cy="12" r="11" fill="' + colourOf(list[0]) +
        '" stroke="#fff" stroke-width="1.5"/>';
    } else {
      disc = list
        .map(function (code, i) {
          return '<path d="' + wedge(i / list.length, (i + 1) / list.length) + '" fill="' +
            colourOf(code) + '"/>';
        })
        .join("") + '<circle cx="12" cy="12" r="11" fill="none" stroke="#fff" stroke-width="1.5"/>';
    }
    return (
      '<svg viewBox="0 0 24 24" width="100%" height="100%" aria-hidden="true">' + disc +
      '<g transform="translate(4.2 4.2) scale(.65)"><path d="' + path + '" fill="#fff"/></g></svg>'
    );
  }

  function icon(codes, size) {
    var key = codes + "|" + size;
    if (!iconCache[key]) {
      var px = SIZES[size] || SIZES[0];
      var list = codes.split(",");
      iconCache[key] = L.divIcon({
        className: "sm-icon sm-" + list.join(" sm-"),
        html: glyphSvg(list),
        iconSize: [px, px],
        iconAnchor: [px / 2, px / 2],
        popupAnchor: [0, -px / 2],
        tooltipAnchor: [px / 2, 0],
      });
    }
    return iconCache[key];
  }

  /* A group of markers (at one point, or close together at this zoom): the count in
   * a ring split by the weapon categories of its events. */
  function clusterIcon(cluster) {
    var count = cluster.getChildCount();
    var px = count < 10 ? 30 : count < 100 ? 36 : 44;
    var ring = "#555";
    if (count <= 500) {
      var tally = {};
      cluster.getAllChildMarkers().forEach(function (marker) {
        var codes = marker._smCodes || "unknown";
        codes.split(",").forEach(function (code) {
          tally[code] = (tally[code] || 0) + 1;
        });
      });
      var total = 0;
      var codes = Object.keys(tally);
      codes.forEach(function (code) {
        total += tally[code];
      });
      var at = 0;
      ring = "conic-gradient(" + codes.map(function (code) {
        var from = at;
        at += (100 * tally[code]) / total;
        return colourOf(code) + " " + from.toFixed(1) + "% " + at.toFixed(1) + "%";
      }).join(",") + ")";
    }
    return L.divIcon({
      className: "sm-cluster",
      html: '<div class="sm-cluster-ring" style="background:' + ring + '"><span class="sm-count">' +
        count + "</span></div>",
      iconSize: [px, px],
      iconAnchor: [px / 2, px / 2],
    });
  }

  function dayString(day, flags) {
    if (day === null || day === undefined) {
      return "date unknown";
    }
    var iso = new Date(day * 86400000).toISOString();
    if (flags & 8) {
      return iso.slice(0, 4);
    }
    return flags & 4 ? iso.slice(0, 7) : iso.slice(0, 10);
  }

  function geometry(encoded) {
    return {
      type: encoded[0] === "M" ? "MultiPolygon" : "Polygon",
      coordinates: encoded[1],
    };
  }

  function figure(value, atLeast) {
    if (value === null || value === undefined) {
      return "unknown";
    }
    return (atLeast ? "at least " : "") + value;
  }

  function row(box, label, value) {
    var line = el("div", "sm-row");
    line.appendChild(el("span", "sm-label", label + ": "));
    line.appendChild(el("span", "sm-value", value));
    box.appendChild(line);
  }

  function safeHref(url) {
    return /^https?:\/\/[^\s\\]/i.test(url) ? url : null;
  }

  /* Source rows: [publisher, title (when no publisher), url, published, url is a safe link].
   * Event rows: the fields named in payload[6] (strikemap.mapping.strikes.StrikeRow,
   * the one definition of the layout), read here by name. String fields are
   * indexes into the string table S (0 is ""). Days count from 1970-01-01 plus
   * payload[1]. Flags: 1 killed "at least", 2 injured "at least", 4 date known to
   * the month, 8 date known to the year. */
  function Strikes(payload) {
    this.d0 = payload[1];
    this.S = payload[2];
    this.sources = payload[3];
    this.regions = payload[4];
    this.events = payload[5];
    var F = {};
    (payload[6] || []).forEach(function (name, position) {
      F[name] = position;
    });
    this.F = F;
  }

  Strikes.prototype.text = function (index) {
    return this.S[index] || "";
  };

  Strikes.prototype.day = function (e) {
    var day = e[this.F.day];
    return day === null || day === undefined ? null : this.d0 + day;
  };

  Strikes.prototype.codes = function (e) {
    return this.text(e[this.F.categories]) || this.text(e[this.F.category]) || "unknown";
  };

  Strikes.prototype.title = function (e) {
    var parent = this.text(e[this.F.parent]);
    return this.text(e[this.F.place]) + (parent ? ", " + parent : "");
  };

  Strikes.prototype.tooltip = function (e) {
    var F = this.F;
    return el("span", "sm-tooltip", this.text(e[F.place]) + " \u00b7 " +
      dayString(this.day(e), e[F.flags]));
  };

  Strikes.prototype.sourceItem = function (index, tag) {
    var source = this.sources[index];
    var item = el(tag, "sm-source");
    var label = this.text(source[0]) || this.text(source[1]) || "source";
    var url = this.text(source[2]);
    // source[4]: the server's safe_url accepted the URL; checked again here.
    var href = source[4] ? safeHref(url) : null;
    if (href) {
      var anchor = el("a", "sm-source-name", label);
      anchor.href = href;
      anchor.target = "_blank";
      anchor.rel = "noopener noreferrer";
      anchor.title = label;
      item.appendChild(anchor);
    } else {
      var name = el("span", "sm-source-name", label);
      name.title = label;
      item.appendChild(name);
      if (url) {
        item.appendChild(el("span", "sm-url", " " + url));
      }
    }
    var published = this.text(source[3]);
    if (published) {
      item.appendChild(el("span", "sm-date", " \u00b7 " + published));
    }
    return item;
  };

  Strikes.prototype.popup = function (e) {
    var S = this;
    var F = this.F;
    var box = el("div", "sm-popup");
    var title = el("div", "sm-title", this.title(e));
    title.title = this.title(e);
    box.appendChild(title);
    row(box, "Date", dayString(this.day(e), e[F.flags]));
    var weapons = this.text(e[F.weapons]) || "unknown";
    var models = this.text(e[F.models]);
    row(box, "Weapons", weapons + (models ? " (" + models + ")" : ""));
    row(box, "Killed", figure(e[F.killed], e[F.flags] & 1));
    row(box, "Injured", figure(e[F.injured], e[F.flags] & 2));
    row(box, "Confidence", this.text(e[F.confidence]) || "unknown");
    if (e[F.disputed]) {
      row(box, "Sources disagree on", this.text(e[F.disputed]));
    }
    var evidence = e[F.evidence] || "";
    var cited = e[F.evidence_source];
    if (evidence) {
      var quote = el("blockquote", "sm-evidence", "\u201c" + evidence + "\u201d");
      box.appendChild(quote);
      if (cited >= 0 && e[F.sources][cited] !== undefined) {
        var cite = this.sourceItem(e[F.sources][cited], "div");
        cite.className = "sm-cite";
        cite.insertBefore(document.createTextNode("\u2014 "), cite.firstChild);
        box.appendChild(cite);
      }
    }
    if (e[F.evidence_count] > 1) {
      box.appendChild(el("div", "sm-more", "+" + (e[F.evidence_count] - 1) +
        " more quotes in the event detail"));
    }
    var list = el("ul", "sm-sources");
    e[F.sources].forEach(function (index) {
      list.appendChild(S.sourceItem(index, "li"));
    });
    box.appendChild(el("div", "sm-label", "Sources:"));
    box.appendChild(list);
    return box;
  };

  // The dashboard learns which event was clicked from its id, never from the
  // click's position (events at one point would be confused). streamlit-folium
  // reports its global data after each click (debounced); the id rides in the
  // popup-text field it already sends, with a click number so that clicking the
  // same marker again still counts as a new click.
  var clickNumber = 0;
  function reportClick(id) {
    var data = window.__GLOBAL_DATA__;
    if (!data || id === undefined) {
      return;
    }
    clickNumber += 1;
    var value = "strikemap-event:" + id + ":" + clickNumber;
    // After streamlit-folium's own click handler, which writes the popup text.
    setTimeout(function () {
      report("last_object_clicked_popup", value);
    }, 0);
  }

  var touchOnly = !!(L.Browser.mobile || (L.Browser.touch && !L.Browser.pointer));

  // Popup and tooltip elements are built on first use: 100,000 events must not
  // cost 200,000 DOM trees up front. Markers carry their row (layer._smRow) and
  // one pair of listeners on their group serves them all: two listeners per
  // marker cost more than a tenth of the drawing time at 10,000 markers.
  // Room a popup keeps from the map's top edge: below the zoom buttons, which
  // would otherwise cover its first line (the place) on a phone's narrow map,
  // where the popup is too wide to sit beside them.
  function popupTopLeft(map) {
    var control = map && map.zoomControl && map.zoomControl.getContainer();
    if (!control || !control.offsetHeight) {
      return [20, 20];
    }
    var top = map.getContainer().getBoundingClientRect().top;
    return [20, Math.max(20, Math.ceil(control.getBoundingClientRect().bottom - top) + 8)];
  }

  Strikes.prototype.ensure = function (layer) {
    if (layer.getPopup()) {
      return false;
    }
    layer.bindPopup(this.popup(layer._smRow), {
      maxWidth: 360,
      autoPanPadding: [20, 20],
      autoPanPaddingTopLeft: popupTopLeft(layer._map),
    });
    if (!touchOnly) {
      // On phones a tap would open the tooltip and the popup together.
      layer.bindTooltip(this.tooltip(layer._smRow));
    }
    return true;
  };

  Strikes.prototype.delegate = function (group) {
    var self = this;
    group.on("mouseover", function (event) {
      var layer = event.layer;
      if (layer && layer._smRow && !touchOnly) {
        self.ensure(layer);
        if (!layer.isPopupOpen()) {
          layer.openTooltip();
        }
      }
    });
    group.on("click", function (event) {
      var layer = event.layer;
      if (!layer || !layer._smRow) {
        return;
      }
      // Once bound, the layer's own popup handler opens it.
      if (self.ensure(layer)) {
        layer.openPopup(event.latlng);
      }
      if (layer.closeTooltip) {
        layer.closeTooltip();
      }
      reportClick(layer._smRow[self.F.event_id]);
    });
  };

  /* A large payload arrives as "z:" + base64(zlib(JSON)); see payload.packed_literal. */
  function unpack(payload) {
    if (typeof payload !== "string") {
      return Promise.resolve(payload);
    }
    var binary = atob(payload.slice(2));
    var bytes = new Uint8Array(binary.length);
    // A plain loop: Uint8Array.from with a mapping callback is several times slower.
    for (var i = 0; i < binary.length; i += 1) {
      bytes[i] = binary.charCodeAt(i);
    }
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate"));
    return new Response(stream).text().then(JSON.parse);
  }

  function strikes(group, payload, options) {
    return unpack(payload).then(function (unpacked) {
      return drawStrikes(group, unpacked, options);
    });
  }

  var drawn = [];

  /* Options: [cluster, cluster until zoom]. Markers at one point always gather
   * into a group that shows their count and spreads them out when clicked, and so
   * do overlapping ones below zoom 9; with clustering on, nearby markers also
   * gather below the given zoom. */
  function drawStrikes(group, payload, options) {
    var data = new Strikes(payload);
    var F = data.F;
    var opts = options || [];
    var until = opts[1] || 10;
    var points = L.markerClusterGroup
      ? L.markerClusterGroup({
          chunkedLoading: true,
          // Markers that overlap gather too (icons are up to 34 px wide): a marker
          // must never hide another one.
          maxClusterRadius: function (zoom) {
            if (opts[0] && zoom < until) {
              return 45;
            }
            return zoom < 9 ? 20 : 1;
          },
          showCoverageOnHover: false,
          // On phones the plugin draws only what lies inside the map's bounds as
          // first measured, and a map laid out late (the intake's small map in a
          // tab) measured none: it stayed empty. Small views draw every marker.
          removeOutsideVisibleBounds: data.events.length > 2000,
          spiderfyDistanceMultiplier: 1.6,
          iconCreateFunction: clusterIcon,
        })
      : L.featureGroup();
    var areas = L.featureGroup();
    var markers = [];
    data.events.forEach(function (e) {
      var layer;
      var codes = data.codes(e);
      if (e[F.region] >= 0) {
        var region = data.regions[e[F.region]];
        var colour = colourOf(codes.split(",")[0]);
        layer = L.geoJSON(geometry(region[1]), {
          style: { color: colour, weight: 2, fillColor: colour, fillOpacity: 0.15, className: "sm-region" },
        });
        // Events reach the group from the outline's path: the path carries the row.
        layer.eachLayer(function (path) {
          path._smRow = e;
        });
        layer._smRow = e;
        areas.addLayer(layer);
      } else {
        layer = L.marker([e[F.lat], e[F.lon]], { icon: icon(codes, e[F.size]) });
        layer._smRow = e;
        layer._smCodes = codes;
        markers.push(layer);
      }
    });
    if (points.addLayers) {
      points.addLayers(markers);
    } else {
      markers.forEach(function (m) {
        points.addLayer(m);
      });
    }
    data.delegate(areas);
    data.delegate(points);
    group.addLayer(areas);
    group.addLayer(points);
    data.points = points;
    data.areas = areas;
    data.markers = markers;
    data.group = group;
    drawn.push(data);
    if (playWindow) {
      showWindow(playWindow[0], playWindow[1]);
    }
    return data;
  }

  /* Show only the events whose day lies in [from, to] (null: all of them). */
  function showWindow(from, to) {
    drawn.forEach(function (data) {
      if (!data.group._map) {
        return;
      }
      var inside = function (layer) {
        var day = data.day(layer._smRow);
        return from === null || (day !== null && day >= from && day <= to);
      };
      var shown = data.markers.filter(inside);
      data.points.clearLayers();
      if (data.points.addLayers) {
        data.points.addLayers(shown);
      } else {
        shown.forEach(function (m) {
          data.points.addLayer(m);
        });
      }
      data.areas.eachLayer(function (layer) {
        var element = layer.getLayers ? layer.getLayers() : [layer];
        element.forEach(function (path) {
          if (path.setStyle) {
            path.setStyle({ opacity: inside(layer) ? 1 : 0, fillOpacity: inside(layer) ? 0.15 : 0 });
          }
        });
      });
    });
  }

  /* Count the events drawn for days in [from, to]: [events, killed, killed is a lower bound]. */
  function windowCounts(from, to) {
    var events = 0;
    var killed = 0;
    var atLeast = false;
    drawn.forEach(function (data) {
      if (!data.group._map) {
        return;
      }
      var F = data.F;
      data.events.forEach(function (e) {
        var day = data.day(e);
        if (day !== null && day >= from && day <= to) {
          events += 1;
          if (e[F.killed] === null || e[F.killed] === undefined) {
            atLeast = true;
          } else {
            killed += e[F.killed];
            atLeast = atLeast || !!(e[F.flags] & 1);
          }
        }
      });
    });
    return [events, killed, atLeast];
  }

  function report(field, value) {
    var data = window.__GLOBAL_DATA__;
    if (!data) {
      return;
    }
    data[field] = value;
    // streamlit-folium sends its data after a map move (debounced); a move it is told
    // of makes it send this value too.
    if (window.map && window.map.fire) {
      window.map.fire("moveend");
    }
  }

  var playWindow = null;

  /* Timeline payload: [[day, ...]]: the days (since 1970-01-01) that have events,
   * ascending. While the layer is on, the map shows only the events of the chosen
   * day, the control its date and counts, and the play button steps from one day
   * with events to the next. The chosen day is reported to the dashboard, whose
   * counts and table follow it. */
  function timeline(group, payload) {
    var days = payload[0] || [];
    // Top right: at the bottom the open legend covered the day and its counts.
    var control = L.control({ position: "topright" });
    var current = 0;
    var timer = null;
    var map = null;
    var slider;
    var label;
    var button;

    function draw(quiet) {
      var day = days[current];
      playWindow = [day, day];
      showWindow(day, day);
      var counts = windowCounts(day, day);
      label.textContent = dayString(day) + " \u00b7 " + counts[0] + (counts[0] === 1 ? " event" : " events") +
        " \u00b7 " + (counts[2] ? "\u2265 " : "") + counts[1] + " killed";
      slider.value = String(current);
      if (!quiet) {
        report("last_object_clicked_tooltip", "strikemap-window:" + day + ":" + day);
      }
    }

    function stop() {
      if (timer) {
        clearInterval(timer);
        timer = null;
        report("last_object_clicked_tooltip", "strikemap-window:" + days[current] + ":" + days[current]);
      }
      button.textContent = "\u25b6";
    }

    function play() {
      if (timer) {
        stop();
        return;
      }
      if (current >= days.length - 1) {
        current = 0;
      }
      button.textContent = "\u275a\u275a";
      timer = setInterval(function () {
        if (current >= days.length - 1) {
          stop();
          return;
        }
        current += 1;
        draw(true);
      }, 900);
    }

    control.onAdd = function () {
      var box = el("div", "sm-timeline leaflet-bar");
      button = el("button", "sm-play", "\u25b6");
      button.type = "button";
      button.title = "Play the days with strikes, one after another";
      slider = el("input", "sm-slider");
      slider.type = "range";
      slider.min = "0";
      slider.max = String(days.length - 1);
      slider.setAttribute("aria-label", "Day");
      label = el("span", "sm-day");
      box.appendChild(button);
      box.appendChild(slider);
      box.appendChild(label);
      L.DomEvent.disableClickPropagation(box);
      button.addEventListener("click", play);
      slider.addEventListener("input", function () {
        if (timer) {
          clearInterval(timer);
          timer = null;
          button.textContent = "\u25b6";
        }
        current = Number(slider.value);
        draw(false);
      });
      return box;
    };

    group.on("add", function () {
      map = group._map;
      if (map && days.length) {
        control.addTo(map);
        // The strike layer may still be drawing; it applies playWindow when done.
        setTimeout(function () {
          draw(true);
        }, 0);
      }
    });
    group.on("remove", function () {
      if (timer) {
        clearInterval(timer);
        timer = null;
      }
      playWindow = null;
      showWindow(null, null);
      if (map) {
        control.remove();
      }
    });
  }

  /* Choropleth payload: [title, max, [[name, encoded geometry, value], ...]]. */
  function choropleth(group, payload) {
    var title = payload[0];
    var max = payload[1] || 1;
    payload[2].forEach(function (r) {
      var share = r[2] / max;
      var layer = L.geoJSON(geometry(r[1]), {
        style: {
          color: "#67000d", weight: 1, fillColor: "#cb181d",
          fillOpacity: 0.1 + 0.6 * share, className: "sm-choropleth",
        },
      });
      layer.bindTooltip(el("span", null, r[0] + ": " + r[2] + " " + title));
      group.addLayer(layer);
    });
  }

  /* Outline payload: [[encoded country geometry...], [encoded region geometry...]]. */
  function outlines(group, packed) {
    return unpack(packed).then(function (payload) {
      drawOutlines(group, payload);
    });
  }

  function drawOutlines(group, payload) {
    var pane = OUTLINE_PANE;
    payload[0].forEach(function (g) {
      group.addLayer(L.geoJSON(geometry(g), {
        pane: pane, interactive: false,
        style: { color: "#6b6b6b", weight: 1.2, fillColor: "#f2efe9", fillOpacity: 0.9, className: "sm-land" },
      }));
    });
    payload[1].forEach(function (g) {
      group.addLayer(L.geoJSON(geometry(g), {
        pane: pane, interactive: false,
        style: { color: "#9a9a9a", weight: 0.6, dashArray: "3 3", fill: false },
      }));
    });
  }

  /* Legend payload: [[code, label, colour], ...], [size labels]. The legend folds
   * away behind its title: folded at first on narrow maps, and while a popup is
   * open so that it never covers one. */
  function legend(map, payload) {
    var control = L.control({ position: "bottomright" });
    control.onAdd = function () {
      var box = el("div", "sm-legend");
      var toggle = el("button", "sm-legend-toggle", "Legend");
      toggle.type = "button";
      var body = el("div", "sm-legend-body");
      box.appendChild(toggle);
      box.appendChild(body);
      body.appendChild(el("div", "sm-legend-title", "Weapon"));
      // Two columns of weapons and one row of sizes: open, it stays in a corner.
      var weapons = el("div", "sm-legend-grid");
      body.appendChild(weapons);
      payload[0].forEach(function (c) {
        var line = el("div", "sm-legend-row");
        var swatch = el("span", "sm-legend-icon");
        swatch.innerHTML = glyphSvg([c[0]]);
        line.appendChild(swatch);
        line.appendChild(el("span", null, c[1]));
        weapons.appendChild(line);
      });
      var mixed = el("div", "sm-legend-row");
      var split = el("span", "sm-legend-icon");
      split.innerHTML = glyphSvg([payload[0][0][0], payload[0][1][0]]);
      mixed.appendChild(split);
      mixed.appendChild(el("span", null, "Several weapons: one slice each"));
      body.appendChild(mixed);
      var stack = el("div", "sm-legend-row");
      var badge = el("span", "sm-legend-count", "3");
      stack.appendChild(badge);
      stack.appendChild(el("span", null, "Events at one place: click to spread"));
      body.appendChild(stack);
      body.appendChild(el("div", "sm-legend-title", "Killed + injured"));
      var sizes = el("div", "sm-legend-sizes");
      body.appendChild(sizes);
      payload[1].forEach(function (text, size) {
        var line = el("div", "sm-legend-row");
        var dot = el("span", "sm-legend-size");
        dot.style.width = dot.style.height = SIZES[size] + "px";
        line.appendChild(dot);
        line.appendChild(el("span", null, text));
        sizes.appendChild(line);
      });
      var folded = map.getSize().x < 600;
      function show() {
        L.DomUtil[folded ? "addClass" : "removeClass"](box, "sm-folded");
        toggle.setAttribute("aria-expanded", folded ? "false" : "true");
        toggle.textContent = folded ? "Legend \u25b8" : "Legend \u25be";
      }
      toggle.addEventListener("click", function () {
        folded = !folded;
        show();
      });
      var before = null;
      map.on("popupopen", function () {
        if (before === null) {
          before = folded;
        }
        folded = true;
        show();
      });
      map.on("popupclose", function () {
        if (before !== null) {
          folded = before;
          before = null;
          show();
        }
      });
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      show();
      return box;
    };
    control.addTo(map);
  }

  /* Place labels payload: [[lat, lon, text, kind], ...], most important first; kind 0
   * a struck place, 1 an oblast centre. For briefings, where a map needs names. A
   * label that would overlap one before it is hidden. */
  function labels(group, payload) {
    var markers = [];
    payload.forEach(function (r) {
      var label = L.marker([r[0], r[1]], {
        icon: L.divIcon({
          className: "sm-place-label sm-label-" + (r[3] ? "region" : "place"),
          html: "",
          iconSize: null,
        }),
        interactive: false,
        keyboard: false,
      });
      label.on("add", function () {
        var node = label.getElement();
        if (node) {
          node.textContent = r[2];
        }
      });
      markers.push(label);
      group.addLayer(label);
    });
    function declutter() {
      var placed = [];
      markers.forEach(function (label) {
        var node = label.getElement();
        if (!node) {
          return;
        }
        node.style.visibility = "";
        var box = node.getBoundingClientRect();
        var clash = placed.some(function (other) {
          return box.left < other.right && box.right > other.left &&
            box.top < other.bottom && box.bottom > other.top;
        });
        if (clash) {
          node.style.visibility = "hidden";
        } else {
          placed.push(box);
        }
      });
    }
    group.on("add", function () {
      var map = group._map;
      if (map) {
        map.on("zoomend moveend", declutter);
        setTimeout(declutter, 0);
      }
    });
  }

  function init(map, payload) {
    if (!map.getPane(OUTLINE_PANE)) {
      // Above the tiles (200), below the overlays (400) holding the strikes.
      map.createPane(OUTLINE_PANE).style.zIndex = 250;
    }
    payload[0].forEach(function (c) {
      categories[c[0]] = { label: c[1], colour: c[2] };
    });
    // Land is filled opaque so the outlines read as a map when no tile loads
    // (offline); once a tile arrives the fill turns light so the tiles show.
    map.on("layeradd", function (event) {
      if (event.layer instanceof L.TileLayer) {
        event.layer.on("tileload", function () {
          L.DomUtil.addClass(map.getContainer(), "sm-tiles-ok");
        });
      }
    });
    if (payload[1] && map.attributionControl) {
      map.attributionControl.addAttribution(payload[1]);
    }
    // Options: [draw one metric scale bar].
    var options = payload[2] || [];
    if (options[0] && !map._smScale) {
      map._smScale = L.control.scale({ imperial: false, metric: true }).addTo(map);
    }
  }

  window.StrikeMap = {
    init: init,
    strikes: strikes,
    timeline: timeline,
    choropleth: choropleth,
    outlines: outlines,
    legend: legend,
    labels: labels,
  };
})();
