import type { ReactNode } from 'react';

interface NotificationBannerProps {
  /** A success banner (green, announced as an alert) after the user did something; else an important one. */
  success?: boolean;
  /** The banner's title; "Success" or "Important" unless given. */
  title?: string;
  /** An id for the title, by which the banner is labelled. */
  titleId?: string;
  /** A one-line message, shown as the banner's heading. */
  heading?: ReactNode;
  /** Other content, such as a list. */
  children?: ReactNode;
}

/** A GOV.UK notification banner: https://design-system.service.gov.uk/components/notification-banner/ */
export function NotificationBanner({
  success = false,
  title,
  titleId,
  heading,
  children,
}: NotificationBannerProps) {
  return (
    <div
      className={
        success ? 'govuk-notification-banner govuk-notification-banner--success' : 'govuk-notification-banner'
      }
      role={success ? 'alert' : 'region'}
      aria-labelledby={titleId}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {title ?? (success ? 'Success' : 'Important')}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        {heading !== undefined && <p className="govuk-notification-banner__heading">{heading}</p>}
        {children}
      </div>
    </div>
  );
}
