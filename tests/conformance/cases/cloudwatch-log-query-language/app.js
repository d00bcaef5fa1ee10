// Conformance case 'cloudwatch-log-query-language': LogQueryWidget's queryLanguage (Logs Insights,
// SQL, PPL, and left out), with the line view (timeSeries + stacked after it) and queryLines.
'use strict';
const cdk = require('aws-cdk-lib');
const cw = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const d = new cw.Dashboard(stack, 'Dash');
d.addWidgets(
  new cw.LogQueryWidget({ logGroupNames: ['/aws/lambda/a'], queryString: 'fields @message', title: 'Default' }),
  new cw.LogQueryWidget({ logGroupNames: ['/aws/lambda/a', '/aws/lambda/b'], queryString: 'fields @timestamp',
    queryLanguage: cw.LogQueryLanguage.LOGS_INSIGHTS }),
);
d.addWidgets(
  new cw.LogQueryWidget({ logGroupNames: ['/aws/lambda/a'], queryString: 'SELECT * FROM logs', queryLanguage: cw.LogQueryLanguage.SQL,
    view: cw.LogQueryVisualizationType.LINE, width: 12 }),
  new cw.LogQueryWidget({ logGroupNames: ['/aws/lambda/a'], queryLines: ['source = logs', 'head 10'],
    queryLanguage: cw.LogQueryLanguage.PPL, view: cw.LogQueryVisualizationType.STACKEDAREA, region: 'eu-west-1' }),
);
app.synth();
