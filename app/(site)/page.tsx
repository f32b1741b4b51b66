export default function HomePage() {
  return <h1>PiKe</h1>;
}
