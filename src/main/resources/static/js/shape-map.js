// A shape on the map — a 门前三包 frontage, a road's centre line (#shape-map, data-geometry) — and on a form a line or
// ring drawn by clicking (#shape-draw): each click adds a point to the text field #shape-field (lon,lat;lon,lat;…),
// which can also be typed; "撤销" (#shape-undo) takes the last point back, "闭合" (#shape-close, if any) closes the ring.
(function () {
  'use strict';
  if (!window.L) { return; }
  function base(el) {
    var map = L.map(el, { preferCanvas: true });
    if (el.dataset.tileUrl) {
      L.tileLayer(el.dataset.tileUrl, {
        subdomains: el.dataset.tileSubdomains, attribution: el.dataset.tileAttribution, maxZoom: 19
      }).addTo(map);
    }
    return map;
  }
  var shown = document.getElementById('shape-map');
  if (shown) {
    var map = base(shown);
    var layer = L.geoJSON(JSON.parse(shown.dataset.geometry), {
      style: { color: '#dc3545', weight: 5 },
      pointToLayer: function (f, latlng) { return L.circleMarker(latlng, { radius: 8, color: '#dc3545' }); }
    }).addTo(map);
    map.fitBounds(layer.getBounds(), { maxZoom: 18 });
  }
  var draw = document.getElementById('shape-draw');
  if (!draw) { return; }
  var field = document.getElementById('shape-field');
  var drawing = base(draw);
  var outlines = JSON.parse(draw.dataset.outlines);
  var bounds = null;
  ['COMMUNITY', 'STREET'].forEach(function (level) {
    var layer = L.geoJSON(outlines[level], { style: { color: '#6f42c1', weight: 1, fill: false }, interactive: false })
      .addTo(drawing);
    if (outlines[level].features.length) { bounds = bounds ? bounds.extend(layer.getBounds()) : layer.getBounds(); }
  });
  if (bounds) { drawing.fitBounds(bounds); }
  var shape = null;
  function points() {
    return field.value.split(/[;；]/).map(function (pair) { return pair.split(/[,，]/).map(parseFloat); })
      .filter(function (p) { return p.length === 2 && !isNaN(p[0]) && !isNaN(p[1]); });
  }
  function redraw() {
    if (shape) { drawing.removeLayer(shape); }
    var latlngs = points().map(function (p) { return [p[1], p[0]]; });
    if (!latlngs.length) { shape = null; return; }
    shape = latlngs.length === 1 ? L.circleMarker(latlngs[0], { radius: 7, color: '#dc3545' })
      : L.polyline(latlngs, { color: '#dc3545', weight: 5 });
    shape.addTo(drawing);
  }
  function write(list) {
    field.value = list.map(function (p) { return p[0].toFixed(6) + ',' + p[1].toFixed(6); }).join(';');
    redraw();
  }
  drawing.on('click', function (e) { var list = points(); list.push([e.latlng.lng, e.latlng.lat]); write(list); });
  document.getElementById('shape-undo').addEventListener('click', function () {
    var list = points(); list.pop(); write(list);
  });
  var close = document.getElementById('shape-close');
  if (close) {
    close.addEventListener('click', function () {
      var list = points(); if (list.length >= 3) { list.push(list[0]); write(list); }
    });
  }
  field.addEventListener('change', redraw);
  redraw();
})();
