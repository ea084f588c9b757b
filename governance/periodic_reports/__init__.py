"""The report on keeping the site right every 3 or 6 months (seed §3.3): its periods, the figures the system
gathers, the tables and charts made of them, the PDF and XLSX files, the drafts made at each period's end and
the steps from draft to the supervisor's acknowledgement."""
