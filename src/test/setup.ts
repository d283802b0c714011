// Adds DOM matchers (toBeInTheDocument, …) for the component tests that run in jsdom.
import "@testing-library/jest-dom/vitest";
