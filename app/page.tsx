export default function HomePage() {
  return (
    <main className="mx-auto max-w-3xl px-6 py-16">
      <h1 className="text-3xl font-semibold tracking-tight">Log Doctor</h1>
      <p className="mt-4 text-lg text-slate-700">
        Why are your Amazon API Gateway logs missing? Log Doctor walks the checklist for every API and stage and tells
        you the cause and the fix.
      </p>
    </main>
  );
}
