/* Conformance case 'unit-cloudwatch-layout': Row, Column and Spacer (see app.js). Ported from
 * aws-cdk: aws-cloudwatch/test/layout.test.ts. */
#include <stdio.h>

#include <ccdk/cloudwatch.h>

static ccdk_app *app;
static ccdk_stack *stack;

static void size(const char *id, const ccdk_cloudwatch_widget *w)
{
    char buf[64];
    snprintf(buf, sizeof buf, "%gx%g", ccdk_cloudwatch_widget_width(w), ccdk_cloudwatch_widget_height(w));
    ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = buf});
}
static ccdk_cloudwatch_widget *text(double width, double height, const char *markdown)
{
    return ccdk_cloudwatch_text_widget_new(app, &(ccdk_cloudwatch_text_widget_props){.width = width, .height = height, .markdown = markdown});
}
#define SPACER(w, h) ccdk_cloudwatch_spacer_new(app, w, h)
#define ROW(...) ccdk_cloudwatch_row_new(app, (ccdk_cloudwatch_widget_list)CCDK_LIST(__VA_ARGS__))
#define COLUMN(...) ccdk_cloudwatch_column_new(app, (ccdk_cloudwatch_widget_list)CCDK_LIST(__VA_ARGS__))
#define ADD(d, ...) ccdk_cloudwatch_dashboard_add_widgets(d, (ccdk_cloudwatch_widget_list)CCDK_LIST(__VA_ARGS__))

int main(void)
{
    app = ccdk_app_new(NULL);
    stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cloudwatch_dashboard *dashboard = ccdk_cloudwatch_dashboard_new(stack, "Dash", NULL);

    size("RowTallest", ROW(SPACER(10, 1), SPACER(10, 4)));
    size("SpacerDefault", SPACER(0, 0));
    size("ColumnWidest", COLUMN(SPACER(1, 1), SPACER(4, 4)));
    static const double heights[3][3] = {{4, 1, 1}, {1, 4, 1}, {1, 1, 4}};
    for (int i = 0; i < 3; i++) {
        char id[32];
        const double *h = heights[i];
        ccdk_cloudwatch_widget *row = ROW(text(7, h[0], "a"), text(7, h[1], "b"), text(7, h[2], "c"), text(7, 1, "d"));
        snprintf(id, sizeof id, "Wraps%g%g%g", h[0], h[1], h[2]);
        size(id, row);
        ADD(dashboard, row);
        ccdk_cloudwatch_widget *fits = ROW(text(8, h[0], "a"), text(8, h[1], "b"), text(8, h[2], "c"));
        snprintf(id, sizeof id, "Fits%g%g%g", h[0], h[1], h[2]);
        size(id, fits);
        ADD(dashboard, fits);
    }
    {
        ccdk_cloudwatch_widget *row = ROW(SPACER(0, 0));
        ccdk_cloudwatch_widget_add_widget(row, SPACER(3, 0));
        size("RowAdd", row);
    }
    {
        ccdk_cloudwatch_widget *column = COLUMN(SPACER(0, 0), SPACER(0, 0));
        ccdk_cloudwatch_widget_add_widget(column, SPACER(3, 2));
        size("ColumnAdd", column);
        ccdk_cloudwatch_widget_add_widget(column, text(2, 1, "below"));
        ADD(dashboard, column, text(4, 1, "beside"));
    }
    {
        ccdk_cloudwatch_widget *row = ROW(SPACER(10, 0), text(10, 1, "x"));
        ccdk_cloudwatch_widget_add_widget(row, text(5, 2, "wrapped"));
        size("RowWraps", row);
        ADD(dashboard, row);
    }
    ADD(dashboard, COLUMN(ROW(text(12, 2, "r1"), text(12, 3, "r2"), text(3, 1, "r3")), text(24, 1, "end")));

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
