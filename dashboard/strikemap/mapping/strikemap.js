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

  function glyphSvg(code, colour) {
    var path = GLYPHS[code] || GLYPHS.unknown;
    return (
      '<svg viewBox="0 0 24 24" width="100%" height="100%" aria-hidden="true">' +
      '<circle cx="12" cy="12" r="11" fill="' + colour + '" stroke="#fff" stroke-width="1.5"/>' +
      '<g transform="translate(4.2 4.2) scale(.65)"><path d="' + path + '" fill="#fff"/></g></svg>'
    );
  }

  function icon(code, size) {
    var key = code + size;
    if (!iconCache[key]) {
      var px = SIZES[size] || SIZES[0];
      var style = categories[code] || categories.unknown;
      iconCache[key] = L.divIcon({
        className: "sm-icon sm-" + code,
        html: glyphSvg(code, style.colour),
        iconSize: [px, px],
        iconAnchor: [px / 2, px / 2],
        popupAnchor: [0, -px / 2],
        tooltipAnchor: [px / 2, 0],
      });
    }
    return iconCache[key];
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
   * Event rows: [lat, lon, category, size, day, place, parent, weapons, models,
   * killed, injured, flags, confidence%, evidence, [source...], region,
   * evidence count, disputed]. String fields are indexes into the string table
   * S (0 is ""), except the evidence sentence, which is unique to its event and
   * written out. Days count from 1970-01-01 plus payload[1]. Flags: 1 killed
   * "at least", 2 injured "at least", 4 date known to the month, 8 date known to
   * the year. */
  function Strikes(payload) {
    this.d0 = payload[1];
    this.S = payload[2];
    this.sources = payload[3];
    this.regions = payload[4];
    this.events = payload[5];
  }

  Strikes.prototype.text = function (index) {
    return this.S[index] || "";
  };

  Strikes.prototype.day = function (e) {
    return e[4] === null ? null : this.d0 + e[4];
  };

  Strikes.prototype.title = function (e) {
    var parent = this.text(e[6]);
    return this.text(e[5]) + (parent ? ", " + parent : "");
  };

  Strikes.prototype.tooltip = function (e) {
    return el("span", "sm-tooltip", this.text(e[5]) + " \u00b7 " + dayString(this.day(e), e[11]));
  };

  Strikes.prototype.popup = function (e) {
    var S = this;
    var box = el("div", "sm-popup");
    box.appendChild(el("div", "sm-title", this.title(e)));
    row(box, "Date", dayString(this.day(e), e[11]));
    var weapons = this.text(e[7]) || "unknown";
    var models = this.text(e[8]);
    row(box, "Weapons", weapons + (models ? " (" + models + ")" : ""));
    row(box, "Killed", figure(e[9], e[11] & 1));
    row(box, "Injured", figure(e[10], e[11] & 2));
    row(box, "Confidence", e[12] + "%");
    if (e[17]) {
      row(box, "Sources disagree on", this.text(e[17]));
    }
    var evidence = e[13] || "";
    if (evidence) {
      box.appendChild(el("blockquote", "sm-evidence", "\u201c" + evidence + "\u201d"));
    }
    if (e[16] > 1) {
      box.appendChild(el("div", "sm-more", "+" + (e[16] - 1) + " more in the events table"));
    }
    var list = el("ul", "sm-sources");
    e[14].forEach(function (index) {
      var source = S.sources[index];
      var item = el("li", "sm-source");
      var label = S.text(source[0]) || S.text(source[1]) || "source";
      var url = S.text(source[2]);
      // source[4]: the server's safe_url accepted the URL; checked again here.
      var href = source[4] ? safeHref(url) : null;
      if (href) {
        var anchor = el("a", null, label);
        anchor.href = href;
        anchor.target = "_blank";
        anchor.rel = "noopener noreferrer";
        item.appendChild(anchor);
      } else {
        item.appendChild(el("span", null, label));
        if (url) {
          item.appendChild(el("span", "sm-url", " " + url));
        }
      }
      var published = S.text(source[3]);
      if (published) {
        item.appendChild(el("span", "sm-date", " \u00b7 " + published));
      }
      list.appendChild(item);
    });
    box.appendChild(el("div", "sm-label", "Sources:"));
    box.appendChild(list);
    return box;
  };

  // Popup and tooltip elements are built on first use: 100,000 events must not
  // cost 200,000 DOM trees up front. Markers carry their row (layer._smRow) and
  // one pair of listeners on their group serves them all: two listeners per
  // marker cost more than a tenth of the drawing time at 10,000 markers.
  Strikes.prototype.ensure = function (layer) {
    if (layer.getPopup()) {
      return false;
    }
    layer.bindPopup(this.popup(layer._smRow), { maxWidth: 360 });
    layer.bindTooltip(this.tooltip(layer._smRow));
    return true;
  };

  Strikes.prototype.delegate = function (group) {
    var self = this;
    group.on("mouseover", function (event) {
      var layer = event.layer;
      if (layer && layer._smRow) {
        self.ensure(layer);
        layer.openTooltip();
      }
    });
    group.on("click", function (event) {
      var layer = event.layer;
      // Once bound, the layer's own popup handler opens it.
      if (layer && layer._smRow && self.ensure(layer)) {
        layer.openPopup(event.latlng);
      }
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

  function drawStrikes(group, payload, options) {
    var data = new Strikes(payload);
    var opts = options || [];
    var cluster = opts[0] && L.markerClusterGroup;
    var points = cluster
      ? L.markerClusterGroup({ chunkedLoading: true, maxClusterRadius: 45, disableClusteringAtZoom: opts[1] })
      : L.featureGroup();
    var areas = L.featureGroup();
    data.events.forEach(function (e) {
      var layer;
      if (e[15] >= 0) {
        var region = data.regions[e[15]];
        var colour = (categories[data.S[e[2]]] || categories.unknown).colour;
        layer = L.geoJSON(geometry(region[1]), {
          style: { color: colour, weight: 2, fillColor: colour, fillOpacity: 0.15, className: "sm-region" },
        });
        // Events reach the group from the outline's path: the path carries the row.
        layer.eachLayer(function (path) {
          path._smRow = e;
        });
        areas.addLayer(layer);
      } else {
        layer = L.marker([e[0], e[1]], { icon: icon(data.S[e[2]], e[3]) });
        layer._smRow = e;
        points.addLayer(layer);
      }
    });
    data.delegate(areas);
    data.delegate(points);
    group.addLayer(areas);
    group.addLayer(points);
    return data;
  }

  /* Timeline payload: [d0, first, last, [[lat, lon, day, category index], ...], categories]. */
  function timeline(group, payload) {
    var d0 = payload[0];
    var first = payload[1];
    var last = payload[2];
    var rows = payload[3];
    var codes = payload[4];
    var dots = L.layerGroup().addTo(group);
    var control = L.control({ position: "bottomleft" });
    var current = first;
    var timer = null;
    var map = null;
    var slider;
    var label;
    var button;

    function draw() {
      dots.clearLayers();
      rows.forEach(function (r) {
        if (r[2] === current) {
          var style = categories[codes[r[3]]] || categories.unknown;
          dots.addLayer(
            L.circleMarker([r[0], r[1]], {
              radius: 6, color: "#fff", weight: 1, fillColor: style.colour, fillOpacity: 0.9,
              className: "sm-timeline-dot",
            })
          );
        }
      });
      label.textContent = dayString(d0 + current);
      slider.value = String(current);
    }

    function stop() {
      if (timer) {
        clearInterval(timer);
        timer = null;
      }
      button.textContent = "\u25b6";
    }

    function play() {
      if (timer) {
        stop();
        return;
      }
      if (current >= last) {
        current = first;
      }
      button.textContent = "\u275a\u275a";
      timer = setInterval(function () {
        if (current >= last) {
          stop();
          return;
        }
        current += 1;
        draw();
      }, 800);
    }

    control.onAdd = function () {
      var box = el("div", "sm-timeline leaflet-bar");
      button = el("button", "sm-play", "\u25b6");
      button.type = "button";
      button.title = "Play strikes day by day";
      slider = el("input", "sm-slider");
      slider.type = "range";
      slider.min = String(first);
      slider.max = String(last);
      label = el("span", "sm-day");
      box.appendChild(button);
      box.appendChild(slider);
      box.appendChild(label);
      L.DomEvent.disableClickPropagation(box);
      button.addEventListener("click", play);
      slider.addEventListener("input", function () {
        stop();
        current = Number(slider.value);
        draw();
      });
      return box;
    };

    group.on("add", function () {
      map = group._map;
      if (map && rows.length) {
        control.addTo(map);
        draw();
      }
    });
    group.on("remove", function () {
      stop();
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

  /* Legend payload: [[code, label, colour], ...], [size labels]. */
  function legend(map, payload) {
    var control = L.control({ position: "bottomright" });
    control.onAdd = function () {
      var box = el("div", "sm-legend");
      box.appendChild(el("div", "sm-legend-title", "Weapon"));
      payload[0].forEach(function (c) {
        var line = el("div", "sm-legend-row");
        var swatch = el("span", "sm-legend-icon");
        swatch.innerHTML = glyphSvg(c[0], c[2]);
        line.appendChild(swatch);
        line.appendChild(el("span", null, c[1]));
        box.appendChild(line);
      });
      box.appendChild(el("div", "sm-legend-title", "Killed + injured"));
      payload[1].forEach(function (text, size) {
        var line = el("div", "sm-legend-row");
        var dot = el("span", "sm-legend-size");
        dot.style.width = dot.style.height = SIZES[size] + "px";
        line.appendChild(dot);
        line.appendChild(el("span", null, text));
        box.appendChild(line);
      });
      return box;
    };
    control.addTo(map);
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
  }

  window.StrikeMap = {
    init: init,
    strikes: strikes,
    timeline: timeline,
    choropleth: choropleth,
    outlines: outlines,
    legend: legend,
  };
})();
