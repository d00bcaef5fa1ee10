// Conformance case 'unit-cloudwatch-layout': Row, Column and Spacer as aws-cloudwatch's layout tests
// use them, their sizes as outputs and their widgets' positions in a dashboard: a row's height is
// its tallest widget's; a spacer's default size; a column's width is its widest; a row wraps past
// 24 units under its tallest widget (the tall one in each position); three 8-wide widgets fit;
// addWidget on a row (wrapping too) and on a column; a row and a column nested.
// Ported from aws-cdk: aws-cloudwatch/test/layout.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const cw = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const dashboard = new cw.Dashboard(stack, 'Dash');
const size = (id, w) => new cdk.CfnOutput(stack, id, { value: `${w.width}x${w.height}` });
const text = (width, height, markdown) => new cw.TextWidget({ width, height, markdown });

size('RowTallest', new cw.Row(new cw.Spacer({ width: 10, height: 1 }), new cw.Spacer({ width: 10, height: 4 })));
size('SpacerDefault', new cw.Spacer());
size('ColumnWidest', new cw.Column(new cw.Spacer({ width: 1, height: 1 }), new cw.Spacer({ width: 4, height: 4 })));
for (const heights of [[4, 1, 1], [1, 4, 1], [1, 1, 4]]) {
  const row = new cw.Row(text(7, heights[0], 'a'), text(7, heights[1], 'b'), text(7, heights[2], 'c'), text(7, 1, 'd'));
  size(`Wraps${heights.join('')}`, row);
  dashboard.addWidgets(row);
  const fits = new cw.Row(text(8, heights[0], 'a'), text(8, heights[1], 'b'), text(8, heights[2], 'c'));
  size(`Fits${heights.join('')}`, fits);
  dashboard.addWidgets(fits);
}
{
  const row = new cw.Row(new cw.Spacer());
  row.addWidget(new cw.Spacer({ width: 3 }));
  size('RowAdd', row);
}
{
  const column = new cw.Column(new cw.Spacer(), new cw.Spacer());
  column.addWidget(new cw.Spacer({ height: 2, width: 3 }));
  size('ColumnAdd', column);
  column.addWidget(text(2, 1, 'below'));
  dashboard.addWidgets(column, text(4, 1, 'beside'));
}
{
  const row = new cw.Row(new cw.Spacer({ width: 10 }), text(10, 1, 'x'));
  row.addWidget(text(5, 2, 'wrapped'));
  size('RowWraps', row);
  dashboard.addWidgets(row);
}
dashboard.addWidgets(new cw.Column(new cw.Row(text(12, 2, 'r1'), text(12, 3, 'r2'), text(3, 1, 'r3')), text(24, 1, 'end')));

app.synth();
