import type { ReactNode } from "react";

export const metadata = { title: "cognito-challenge-ui on Next.js" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <main style={{ maxWidth: 420, margin: "4rem auto", padding: "0 1rem" }}>{children}</main>
      </body>
    </html>
  );
}
