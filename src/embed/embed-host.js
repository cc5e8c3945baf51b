// pc-charts iframe height listener for the host page (dist/embed-host.js; the README shows it inline).
// Sizes every <iframe data-pc-charts> to the height its embed page reports; only messages from that iframe's
// own window and origin count.
addEventListener('message', function (event) {
  var data = event.data;
  if (!data || data.type !== 'pc-charts:height' || typeof data.height !== 'number') return;
  document.querySelectorAll('iframe[data-pc-charts]').forEach(function (frame) {
    if (frame.contentWindow === event.source && new URL(frame.src, location.href).origin === event.origin)
      frame.style.height = Math.min(Math.max(data.height, 50), 10000) + 'px';
  });
});
